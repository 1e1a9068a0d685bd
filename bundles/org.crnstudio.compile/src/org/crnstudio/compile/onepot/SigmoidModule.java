package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The forward pass of a sigmoid layer (seed 002 appendix C), which no mass-action fixed point computes (the
 * logistic function is not algebraic), as a clocked module:
 * <ul>
 * <li>pre-activation, always on: {@code B± -> B± + Z±}, {@code X'_j + W± -> X'_j + W± + Z±}, {@code Z± -> 0}, so
 * z+ - z- settles at z = b + sum_j w_j x'_j (2c + 4 reactions);</li>
 * <li>logistic growth, only in the layer's phase {@code F_<layer>}: {@code Z+ + X -> Z+ + 2X},
 * {@code Z+ + 2X -> Z+ + X}, {@code Z- + X -> Z-}, {@code Z- + 2X -> Z- + 3X}, i.e. dx/dt = rate z x (1 - x).
 * From x = 1/2 and a constant z, x after a window of 1/rate is exactly sigmoid(z) (the logistic equation's
 * solution x(s) = 1 / (1 + e^(-z s)) at s = 1).</li>
 * </ul>
 * Outside its phase the node is constant, so later layers and the backward modules read a held value.
 */
final class SigmoidModule {

	private SigmoidModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		for (DenseLayerPlan layer : context.plan().layers()) {
			if (!layer.sigmoid()) {
				continue;
			}
			int l = layer.index();
			for (int i = 0; i < layer.units(); i++) {
				Species x = species.node(l, i);
				RailPair z = species.preActivation(l, i);
				String node = layer.name() + "[" + i + "]";
				for (int sign : new int[] { 1, -1 }) {
					for (int j = 0; j < layer.fanIn(); j++) {
						context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.WEIGHT, layer.name(), i, j,
								(sign > 0 ? "+" : "-") + "w x' into z of " + node).catalyst(species.source(l, j))
								.catalyst(species.weight(l, i, j).of(sign)).product(z.of(sign));
					}
					context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.BIAS, layer.name(), i, -1,
							(sign > 0 ? "+" : "-") + "b into z of " + node).catalyst(species.bias(l, i).of(sign))
							.product(z.of(sign));
					context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
							"decay of " + z.of(sign).getName()).reactant(z.of(sign));
				}
				String phase = layer.phase();
				context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "+z+ x of " + node)
						.catalyst(z.plus()).reactant(x).product(x, 2).phase(phase);
				context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-z+ x^2 of " + node)
						.catalyst(z.plus()).reactant(x, 2).product(x).phase(phase);
				context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-z- x of " + node)
						.catalyst(z.minus()).reactant(x).phase(phase);
				context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "+z- x^2 of " + node)
						.catalyst(z.minus()).reactant(x, 2).product(x, 3).phase(phase);
			}
		}
	}
}
