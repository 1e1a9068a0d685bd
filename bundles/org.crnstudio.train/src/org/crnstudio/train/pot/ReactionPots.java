package org.crnstudio.train.pot;

import org.crnstudio.model.ReactionNetwork;

/** Where the chemical training methods get their pot from (one place to change when the engine changes). */
public final class ReactionPots {

	private ReactionPots() {
	}

	public static ReactionPot create(ReactionNetwork network, double relativeTolerance, double absoluteTolerance) {
		return new SessionPot(network, true, relativeTolerance, absoluteTolerance);
	}
}
