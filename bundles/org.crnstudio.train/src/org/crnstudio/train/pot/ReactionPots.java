package org.crnstudio.train.pot;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.NoiseSettings;

/** Where the chemical training methods get their pot from (one place to change when the engine changes). */
public final class ReactionPots {

	private ReactionPots() {
	}

	public static ReactionPot create(ReactionNetwork network, double relativeTolerance, double absoluteTolerance) {
		return new SessionPot(network, true, relativeTolerance, absoluteTolerance, null, 0);
	}

	/** A pot whose rates (and listed species) are noisy as {@code noise} says, drawn from {@code seed}; null: none. */
	public static ReactionPot create(ReactionNetwork network, double relativeTolerance, double absoluteTolerance,
			NoiseSettings noise, long seed) {
		return new SessionPot(network, true, relativeTolerance, absoluteTolerance, noise, seed);
	}
}
