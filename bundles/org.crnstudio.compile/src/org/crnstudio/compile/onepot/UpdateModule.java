package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;

/**
 * The slow update (seed 002, eq. 11): {@code LW- ->eta LW- + W+}, {@code LW+ ->eta LW+ + W-}, so
 * dw/dt = -eta dL/dw; biases the same through LZ = dL/db. Optional {@code W+ + W- -> 0} (and for biases) keeps
 * the rails from growing without changing the value.
 */
final class UpdateModule {

	static final String STAGE = "update";
	static final String ANNIHILATION = "annihilation";

	private UpdateModule() {
	}

	static void add(ModuleContext context) {
		OnePotSpecies species = context.species();
		for (DenseLayerPlan layer : context.plan().layers()) {
			int l = layer.index();
			for (int i = 0; i < layer.units(); i++) {
				for (int j = 0; j < layer.fanIn(); j++) {
					update(context, species.weightGradient(l, i, j), species.weight(l, i, j), ProvenanceKind.WEIGHT,
							layer.name(), i, j, "weight " + layer.name() + "[" + i + "][" + j + "]");
				}
				update(context, species.preActivationGradient(l, i), species.bias(l, i), ProvenanceKind.BIAS, layer.name(),
						i, -1, "bias " + layer.name() + "[" + i + "]");
			}
		}
	}

	private static void update(ModuleContext context, RailPair gradient, RailPair value, ProvenanceKind kind, String layer,
			int unit, int source, String what) {
		double eta = context.settings().eta();
		context.reaction(eta, STAGE, ProvenanceKind.UPDATE, layer, unit, source, "raise " + what + " by the negative gradient")
				.catalyst(gradient.minus()).product(value.plus());
		context.reaction(eta, STAGE, ProvenanceKind.UPDATE, layer, unit, source, "lower " + what + " by the positive gradient")
				.catalyst(gradient.plus()).product(value.minus());
		if (context.settings().annihilation()) {
			context.reaction(context.settings().rate(), ANNIHILATION, kind, layer, unit, source, "annihilate the rails of " + what)
					.reactant(value.plus()).reactant(value.minus());
		}
	}
}
