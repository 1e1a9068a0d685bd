package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * dL/dy for L = |y - yhat|^2 at each output (seed 002, Table 1 with the rails restored):
 * {@code Y ->2 Y + LY+}, {@code T ->2 T + LY-}, {@code LY+ -> 0}, {@code LY- -> 0}; ly+ - ly- = 2 (y - yhat).
 * A tanh output and its target have two rails: {@code Y± ->2 Y± + LY±}, {@code T± ->2 T± + LY∓}.
 */
final class LossModule {

	static final String STAGE = "loss";

	private LossModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		DenseLayerPlan output = context.plan().output();
		int l = output.index();
		for (int k = 0; k < output.units(); k++) {
			RailPair y = species.value(l, k);
			RailPair target = species.target(k);
			RailPair ly = species.nodeGradient(l, k);
			String name = OnePotCompiler.outputName(output, k);
			for (int sign : RailPair.signsOf(y)) {
				context.reaction(2 * rate, STAGE, ProvenanceKind.LOSS_GRADIENT, output.name(), k, -1, "2y into dL/d" + name)
						.catalyst(y.of(sign)).product(ly.of(sign));
			}
			for (int sign : RailPair.signsOf(target)) {
				context.reaction(2 * rate, STAGE, ProvenanceKind.LOSS_GRADIENT, output.name(), k, -1,
						"2 target into dL/d" + name).catalyst(target.of(sign)).product(ly.of(-sign));
			}
			for (Species rail : new Species[] { ly.plus(), ly.minus() }) {
				context.reaction(rate, STAGE, ProvenanceKind.LOSS_GRADIENT, output.name(), k, -1, "decay of " + rail.getName())
						.reactant(rail);
			}
		}
	}
}
