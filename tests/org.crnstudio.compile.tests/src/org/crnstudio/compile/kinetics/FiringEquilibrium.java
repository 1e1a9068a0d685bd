package org.crnstudio.compile.kinetics;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;

/**
 * The static equilibrium of a feed-forward rate-independent CRN, computed without rates: fire each reaction as far
 * as its reactants allow, again and again, until nothing can fire. For a CRN in which each species is consumed by
 * one reaction at most, every such order reaches the same state (the property that makes the construction rate
 * independent); where rails compete ({@code S+ + S- -> Waste}) the dual-rail values still agree.
 */
public final class FiringEquilibrium {

	private FiringEquilibrium() {
	}

	public static double[] of(ReactionNetwork network, MassActionOde ode, double[] initial) {
		double[] state = initial.clone();
		for (int pass = 0; pass < 10_000; pass++) {
			double fired = 0;
			for (Reaction reaction : network.getReactions()) {
				double extent = Double.POSITIVE_INFINITY;
				int limiting = -1;
				for (Term term : reaction.getReactants()) {
					double possible = state[ode.indexOf(term.getSpecies().getName())] / term.getCoefficient();
					if (possible < extent) {
						extent = possible;
						limiting = ode.indexOf(term.getSpecies().getName());
					}
				}
				if (extent <= 0 || Double.isInfinite(extent)) {
					continue;
				}
				for (Term term : reaction.getReactants()) {
					int i = ode.indexOf(term.getSpecies().getName());
					state[i] = Math.max(0, state[i] - extent * term.getCoefficient());
				}
				state[limiting] = 0;
				for (Term term : reaction.getProducts()) {
					state[ode.indexOf(term.getSpecies().getName())] += extent * term.getCoefficient();
				}
				fired += extent;
			}
			if (fired == 0) {
				return state;
			}
		}
		throw new IllegalStateException("the network of " + network.getName() + " did not settle: not feed-forward?");
	}
}
