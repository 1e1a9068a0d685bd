package org.crnstudio.train.pot;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.sim.OdeMethod;

/** Where the chemical training methods get their pot from (one place to change when the engine changes). */
public final class ReactionPots {

	private ReactionPots() {
	}

	/** A pot on Rodas4 (the stiff method that restarts best across frequent segment boundaries). */
	public static ReactionPot create(ReactionNetwork network, double relativeTolerance, double absoluteTolerance) {
		return new SessionPot(network, OdeMethod.RODAS4, relativeTolerance, absoluteTolerance, null, 0);
	}

	/**
	 * The one-pot training's pot, whose rates (and listed species) are noisy as {@code noise} says, drawn from
	 * {@code seed}; null: none. Measured on the XOR training (2-10-1, period 300, rtol 1e-6): without noise a period
	 * is one long segment and BDF needs half of Rodas4's stage work (about 390 RHS evaluations and 30 LU
	 * factorizations against 720 and 120); with noise every window of t1 is two segment boundaries where the state
	 * or the rates jump, no segment is longer than t0, and the simulator's automatic choice for noisy runs (the lean
	 * explicit Dormand-Prince 5(4) when the network is not stiff over t0, Rodas4 when it is) restarts best.
	 */
	public static ReactionPot create(ReactionNetwork network, double relativeTolerance, double absoluteTolerance,
			NoiseSettings noise, long seed) {
		OdeMethod method = noise == null ? OdeMethod.BDF : OdeMethod.AUTO;
		return new SessionPot(network, method, relativeTolerance, absoluteTolerance, noise, seed);
	}
}
