package org.crnstudio.compile.onepot;

import java.util.Set;

import org.crnstudio.compile.CompilationOptions;

/**
 * The options of {@code one_pot(...)} with their defaults (documented in docs/one_pot.md).
 *
 * @param eta          rate constant of the update reactions {@code LW- ->eta LW- + W+} (default 0.002, Fig. 6A)
 * @param rate         scales every reaction the paper runs at rate 1 (default 1)
 * @param divisionRate k1 = k2 of the derivative module, the paper's "large" division rates (default 10)
 * @param annihilation add {@code W+ + W- -> 0} and {@code B+ + B- -> 0} (default false: not in the paper; true for a
 *                     network with a leaky ReLU layer, see {@link #withLeakyDefaults})
 * @param initSeed     seed of the initial weights of layers given without weights (default 1)
 * @param railOffset   added to both rails of every weight and bias (default 0: [W+] = max(w, 0), [W-] = max(-w, 0))
 * @param period       time per training sample T, for the training run (default 300, Fig. 6A); no reaction uses it
 * @param leakyH       the corner of the leaky ReLU module: its ReLU part is the smooth ReLU phi_h with this h
 *                     (default 1e-4; see {@link LeakyReluModule})
 */
public record OnePotSettings(double eta, double rate, double divisionRate, boolean annihilation, long initSeed,
		double railOffset, double period, double leakyH) {

	public static final Set<String> OPTIONS = Set.of("eta", "rate", "division_rate", "annihilation", "init_seed",
			"rail_offset", "period", "leaky_h");

	/** Default corner of the leaky ReLU module. */
	public static final double LEAKY_H = 1e-4;

	public static OnePotSettings of(CompilationOptions options) {
		options.requireKnown(OPTIONS);
		double offset = options.number("rail_offset", 0);
		if (offset < 0) {
			throw new org.crnstudio.compile.CompilationException(
					"option 'rail_offset' of one_pot must be 0 or more, found " + offset, options.line());
		}
		return new OnePotSettings(options.positive("eta", 0.002), options.positive("rate", 1),
				options.positive("division_rate", 10), options.flag("annihilation", false),
				(long) options.number("init_seed", 1), offset, options.positive("period", 300),
				options.positive("leaky_h", LEAKY_H));
	}

	/**
	 * These settings with annihilation on when a layer is a leaky ReLU and the option was not given. Without it the
	 * weight rails only grow (both integrate the gradient rails, {@code LW- ->eta W+}, {@code LW+ ->eta W-}); a
	 * smooth-ReLU node reads only w+ - w-, but a leaky node passes the common mode w+ + w- on through its two-rail
	 * z and value into the loss and the gradient rails, which feed it back into the weights: the rails grow
	 * exponentially (the noiseless 1-10-1 sine pot reached w+ = 581, w- = 580 at iteration 60 and the integration
	 * failed at t = 3000). See docs/one_pot.md, "Leaky ReLU layers".
	 */
	OnePotSettings withLeakyDefaults(NetworkPlan plan, CompilationOptions options) {
		if (annihilation || options.has("annihilation") || plan.layers().stream().noneMatch(DenseLayerPlan::leaky)) {
			return this;
		}
		return new OnePotSettings(eta, rate, divisionRate, true, initSeed, railOffset, period, leakyH);
	}

	/** k1 = k2 of the derivative module. */
	public double k1() {
		return divisionRate * rate;
	}

	/** k3 = k4 = k5 = rate, so that k5 k2 / k3 = k4 k2 / k3 = k1 when k2 = k1. */
	public double k3() {
		return rate;
	}
}
