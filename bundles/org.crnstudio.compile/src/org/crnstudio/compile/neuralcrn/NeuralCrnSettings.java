package org.crnstudio.compile.neuralcrn;

import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;

/**
 * The options of {@code neural_crn(...)} with their defaults (documented in docs/neural_crn.md).
 *
 * @param phaseDuration T, how long each clock phase lasts (read by the phase schedule, default 1)
 * @param eta           learning rate k1/(k1+k2) of the update stage N4 (default 1: no G decay reactions)
 * @param rate          scales every rate constant (default 1)
 * @param fast          rate constant of the fast discrete stages N2, N4 relative to the analog ones (default 100)
 * @param mergeAdjoints share species between adjoints that provably hold the same value (default true)
 * @param dualTargets   two rails for every target, even of a provably non-negative output (default false)
 * @param flush         add reactions emptying adjoint and back-propagated state species in phase C1 (default false)
 * @param annihilation  add {@code S+ + S- -> 0} for every dual-rail parameter, state, copy, adjoint and gradient,
 *                      in both phases (default false): values unchanged, rails kept small
 * @param firstOrder    option {@code gradient = first_order}: the feedback phase holds the adjoints (and the copies
 *                      of the states) at their loaded values, so g = T a(T) df/dtheta (seed 003, section 3.3); the
 *                      default {@code gradient = adjoint} runs the adjoint method
 */
public record NeuralCrnSettings(double phaseDuration, double eta, double rate, double fast, boolean mergeAdjoints,
		boolean dualTargets, boolean flush, boolean annihilation, boolean firstOrder) {

	public static final Set<String> OPTIONS = Set.of("T", "eta", "rate", "fast", "merge_adjoints", "dual_targets", "flush",
			"annihilation", "gradient");

	/** The words of option {@code gradient}. */
	public static final String ADJOINT = "adjoint";
	public static final String FIRST_ORDER = "first_order";

	public static NeuralCrnSettings of(CompilationOptions options) {
		options.requireKnown(OPTIONS);
		double eta = options.positive("eta", 1);
		if (eta > 1) {
			throw new CompilationException("option 'eta' of neural_crn must be in (0, 1] (it is k1/(k1+k2)), found " + eta,
					options.line());
		}
		return new NeuralCrnSettings(options.positive("T", 1), eta, options.positive("rate", 1),
				options.positive("fast", 100), options.flag("merge_adjoints", true), options.flag("dual_targets", false),
				options.flag("flush", false), options.flag("annihilation", false),
				options.word("gradient", ADJOINT, Set.of(ADJOINT, FIRST_ORDER)).equals(FIRST_ORDER));
	}

	/** Rate constant of the discrete stages (k1 of N4). */
	public double fastRate() {
		return fast * rate;
	}

	/** k2 of N4, the decay of G; 0 when eta = 1. */
	public double decayRate() {
		return fastRate() * (1 - eta) / eta;
	}
}
