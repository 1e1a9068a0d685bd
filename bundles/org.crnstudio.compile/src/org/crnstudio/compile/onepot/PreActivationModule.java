package org.crnstudio.compile.onepot;

import java.util.function.Predicate;

import org.crnstudio.model.ProvenanceKind;

/**
 * The pre-activation of a node as a linear fixed point on two rails, for the layers whose activation is not itself
 * a fixed point in z (sigmoid, tanh, leaky ReLU): {@code B± -> B± + Z±}, {@code X'_j± + W± -> X'_j± + W± +
 * Z(sign product)}, {@code Z± -> 0}, all at {@code rate}, so z+ - z- settles at z = b + sum_j w_j x'_j.
 */
final class PreActivationModule {

	private PreActivationModule() {
	}

	/** What a layer builds on a node's pre-activation z: the node itself (its ReLU part, logistic state, value). */
	interface NodeOnPreActivation {
		void add(DenseLayerPlan layer, int unit, RailPair z, String node);
	}

	/** For every node of the layers {@code which} selects: its pre-activation z, then the node {@code onZ} builds on it. */
	static void forEachNode(ModuleContext context, Predicate<DenseLayerPlan> which, NodeOnPreActivation onZ) {
		for (DenseLayerPlan layer : context.plan().layers()) {
			if (!which.test(layer)) {
				continue;
			}
			for (int i = 0; i < layer.units(); i++) {
				String node = layer.name() + "[" + i + "]";
				RailPair z = context.species().preActivation(layer.index(), i);
				add(context, layer, i, z, node);
				onZ.add(layer, i, z, node);
			}
		}
	}

	static void add(ModuleContext context, DenseLayerPlan layer, int i, RailPair z, String node) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		int l = layer.index();
		for (int j = 0; j < layer.fanIn(); j++) {
			RailPair source = species.source(l, j);
			for (int sourceSign : RailPair.signsOf(source)) {
				for (int wSign : new int[] { 1, -1 }) {
					int sign = sourceSign * wSign;
					context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.WEIGHT, layer.name(), i, j,
							(sign > 0 ? "+" : "-") + "w x' into z of " + node).catalyst(source.of(sourceSign))
							.catalyst(species.weight(l, i, j).of(wSign)).product(z.of(sign));
				}
			}
		}
		for (int sign : new int[] { 1, -1 }) {
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.BIAS, layer.name(), i, -1,
					(sign > 0 ? "+" : "-") + "b into z of " + node).catalyst(species.bias(l, i).of(sign)).product(z.of(sign));
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
					"decay of " + z.of(sign).getName()).reactant(z.of(sign));
		}
	}
}
