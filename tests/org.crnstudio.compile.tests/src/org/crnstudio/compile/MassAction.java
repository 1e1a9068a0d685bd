package org.crnstudio.compile;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;

/**
 * Test helper, independent of the compilers: the mass-action right-hand side (no combinatorial factors) of
 * selected reactions at given concentrations.
 */
public final class MassAction {

	private MassAction() {
	}

	/** d[species]/dt for every species touched by the selected reactions (missing concentrations count as 0). */
	public static Map<String, Double> rhs(ReactionNetwork network, Predicate<Reaction> selected, Map<String, Double> concentrations) {
		Map<String, Double> derivative = new HashMap<>();
		for (Reaction reaction : network.getReactions()) {
			if (!selected.test(reaction)) {
				continue;
			}
			double flux = ReactionText.rate(reaction);
			for (Term term : reaction.getReactants()) {
				flux *= Math.pow(concentrations.getOrDefault(term.getSpecies().getName(), 0.0), term.getCoefficient());
			}
			for (Term term : reaction.getReactants()) {
				derivative.merge(term.getSpecies().getName(), -flux * term.getCoefficient(), Double::sum);
			}
			for (Term term : reaction.getProducts()) {
				derivative.merge(term.getSpecies().getName(), flux * term.getCoefficient(), Double::sum);
			}
		}
		return derivative;
	}
}
