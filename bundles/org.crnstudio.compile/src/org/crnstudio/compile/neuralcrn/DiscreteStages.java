package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkBuilder.ReactionBuilder;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/** The fast unimolecular/annihilation stages: N2 (load the adjoints, phase C2), N4 (update, phase C1), flushing. */
final class DiscreteStages {

	private final NeuralCrnSpecies species;
	private final NeuralCrnSettings settings;
	private final NetworkBuilder builder;
	private final StageTags tags;

	DiscreteStages(NeuralCrnSpecies species, NeuralCrnSettings settings, NetworkBuilder builder, StageTags tags) {
		this.species = species;
		this.settings = settings;
		this.builder = builder;
		this.tags = tags;
	}

	/**
	 * N2: each state rail moves into its back-propagated copy (when N3 reads it) and into the adjoints with the
	 * coefficients of their forms; each target rail moves into the adjoints with the opposite sign.
	 */
	void loadAdjoints(AdjointGroups groups) {
		species.states.forEach((state, rails) -> load(rails, species.backStates.get(state), groups, "z:" + state, state,
				"load z(T) of " + state));
		species.targets.forEach((target, rails) -> load(rails, null, groups, "y:" + target, target,
				"load target " + target + " into the adjoint"));
	}

	private void load(Rails source, Rails copy, AdjointGroups groups, String formKey, String layer, String description) {
		for (int sign : source.single() ? new int[] { 1 } : new int[] { 1, -1 }) {
			List<Species> products = new ArrayList<>();
			List<Integer> counts = new ArrayList<>();
			if (copy != null) {
				products.add(sign > 0 ? copy.plus() : copy.minus());
				counts.add(1);
			}
			for (AdjointGroups.Group group : groups.groups()) {
				Double coefficient = group.form().get(formKey);
				if (coefficient != null) {
					Rails adjoint = species.adjoints.get(AdjointGroups.variable(group));
					products.add(sign * coefficient > 0 ? adjoint.plus() : adjoint.minus());
					counts.add((int) Math.round(Math.abs(coefficient)));
				}
			}
			if (products.isEmpty()) {
				continue;
			}
			ReactionBuilder reaction = builder.reaction(settings.fastRate(), null).reactant(sign > 0 ? source.plus() : source.minus());
			for (int i = 0; i < products.size(); i++) {
				reaction.product(products.get(i), counts.get(i));
			}
			tags.tag(reaction, StageTags.C2, "N2", ProvenanceKind.ADJOINT, layer, description);
		}
	}

	/**
	 * N4: G+ ->k1 P-, G- ->k1 P+, and G± ->k2 0 when eta < 1. A single-rail parameter is lowered by annihilation:
	 * G- ->k1 P, G+ + P ->k1 0, and when eta < 1 G- ->k2 0 and G+ + P ->k2 P, so that the share of G+ that
	 * lowers P is k1/(k1+k2) whatever p is (a decay G+ ->k2 0 would compete with k1 p instead).
	 */
	void updateParameters() {
		double k1 = settings.fastRate();
		double k2 = settings.decayRate();
		for (var gradient : species.gradients.entrySet()) {
			String parameter = gradient.getKey().substring(2);
			Rails g = gradient.getValue();
			Rails p = species.parameters.get(parameter);
			String lower = "lower " + parameter + " by the positive gradient";
			String raise = "raise " + parameter + " by the negative gradient";
			String decay = " (learning rate eta = k1/(k1+k2))";
			if (p.single()) {
				update(builder.reaction(k1, null).reactant(g.minus()).product(p.plus()), parameter, raise);
				update(builder.reaction(k1, null).reactant(g.plus()).reactant(p.plus()), parameter, lower + " (annihilation)");
				if (k2 > 0) {
					update(builder.reaction(k2, null).reactant(g.minus()), parameter, "decay of " + g.minus().getName() + decay);
					update(builder.reaction(k2, null).reactant(g.plus()).catalyst(p.plus()), parameter,
							"decay of " + g.plus().getName() + " beside " + p.plus().getName() + decay);
				}
			} else {
				update(builder.reaction(k1, null).reactant(g.plus()).product(p.minus()), parameter, lower);
				update(builder.reaction(k1, null).reactant(g.minus()).product(p.plus()), parameter, raise);
				if (k2 > 0) {
					for (Species rail : List.of(g.plus(), g.minus())) {
						update(builder.reaction(k2, null).reactant(rail), parameter, "decay of " + rail.getName() + decay);
					}
				}
			}
		}
	}

	/**
	 * Option annihilation: {@code S+ + S- -> 0} for every dual-rail parameter, state, copy, adjoint and gradient, in
	 * both phases. The value s+ - s- never changes, but without it both rails of a signed variable only grow (each
	 * update adds to one rail of a parameter, each product term to one rail of a state), until the value is the
	 * small difference of large rails and the integration loses it.
	 */
	void annihilate() {
		List<Rails> signed = new ArrayList<>(species.parameters.values());
		signed.addAll(species.states.values());
		signed.addAll(species.backStates.values());
		signed.addAll(species.adjoints.values());
		signed.addAll(species.gradients.values());
		for (Rails rails : signed) {
			if (!rails.single()) {
				ReactionBuilder reaction = builder.reaction(settings.fastRate(), null).reactant(rails.plus()).reactant(rails.minus());
				tags.tag(reaction, null, "rails", ProvenanceKind.WASTE, rails.plus().getProvenance().getLayer(),
						"annihilation of " + rails.plus().getName() + " and " + rails.minus().getName() + " (value unchanged)");
			}
		}
	}

	/** Option flush: empty the adjoints and copies in phase C1, ready for the next iteration's N2. */
	void flush() {
		List<Rails> flushed = new ArrayList<>(species.adjoints.values());
		flushed.addAll(species.backStates.values());
		for (Rails rails : flushed) {
			for (Species rail : rails.single() ? List.of(rails.plus()) : List.of(rails.plus(), rails.minus())) {
				tags.tag(builder.reaction(settings.fastRate(), null).reactant(rail), StageTags.C1, "N4", ProvenanceKind.WASTE,
						rail.getProvenance().getLayer(), "flush " + rail.getName() + " for the next iteration");
			}
		}
	}

	private void update(ReactionBuilder reaction, String parameter, String description) {
		tags.tag(reaction, StageTags.C1, "N4", ProvenanceKind.UPDATE, parameter, description);
	}
}
