package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The forward pass as a fixed-point CRN (seeds 000/001, Table 1; all rates 1 scaled by {@code rate}): per node X
 * with inputs X'_j, {@code H -> H + X}, {@code X'_j + W+ + X -> X'_j + W+ + 2X}, {@code X'_j + W- + X -> X'_j + W-},
 * {@code B+ + X -> B+ + 2X}, {@code B- + X -> B-}, {@code 2X -> X}: dx/dt = h + (b + sum_j w_j x'_j) x - x^2,
 * whose positive fixed point is the smooth ReLU of the pre-activation. 2c + 4 reactions for c inputs. Sigmoid
 * and tanh layers are built by {@link LogisticModule} instead, leaky ReLU layers by {@link LeakyReluModule}. An input x' with two rails (a tanh node) enters
 * through the four sign combinations of x' and w.
 */
final class ForwardModule {

	static final String STAGE = "forward";

	private ForwardModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		for (DenseLayerPlan layer : context.plan().layers()) {
			if (layer.clocked() || layer.leaky()) {
				continue; // LogisticModule, LeakyReluModule
			}
			int l = layer.index();
			for (int i = 0; i < layer.units(); i++) {
				Species x = species.node(l, i);
				String node = layer.name() + "[" + i + "]";
				context.reaction(rate, STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "smoothing h of " + node)
						.catalyst(species.smoothing(layer)).product(x);
				for (int j = 0; j < layer.fanIn(); j++) {
					RailPair source = species.source(l, j);
					RailPair w = species.weight(l, i, j);
					for (int sourceSign : RailPair.signsOf(source)) {
						for (int wSign : new int[] { 1, -1 }) {
							boolean grows = sourceSign * wSign > 0;
							var reaction = context.reaction(rate, STAGE, ProvenanceKind.WEIGHT, layer.name(), i, j,
									(grows ? "+" : "-") + "w x' x of " + node).catalyst(source.of(sourceSign))
									.catalyst(w.of(wSign)).reactant(x);
							if (grows) {
								reaction.product(x, 2);
							}
						}
					}
				}
				RailPair b = species.bias(l, i);
				context.reaction(rate, STAGE, ProvenanceKind.BIAS, layer.name(), i, -1, "+b x of " + node)
						.catalyst(b.plus()).reactant(x).product(x, 2);
				context.reaction(rate, STAGE, ProvenanceKind.BIAS, layer.name(), i, -1, "-b x of " + node)
						.catalyst(b.minus()).reactant(x);
				context.reaction(rate, STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-x^2 of " + node)
						.reactant(x, 2).product(x);
			}
		}
	}
}
