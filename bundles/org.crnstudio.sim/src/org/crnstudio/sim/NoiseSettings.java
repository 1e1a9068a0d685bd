package org.crnstudio.sim;

import java.util.List;

/**
 * Noise as seed 002 defines it (its equation 18): xi(t) is redrawn from N(0, 1) at every t = k t0 (k = 0, 1, ...)
 * and held for t1, and is 0 outside these windows [k t0, k t0 + t1).
 * <ul>
 * <li>Rates (when rates is on): every network reaction j independently, k_j(t) = k_j |1 + eps xi_j(t)| (both
 * directions of a reversible reaction share xi_j). This is the paper's |k_j + eps xi_j| relative to k_j, the same
 * for its k_j = 1, and keeps eps dimensionless for rate constants of any size.</li>
 * <li>Species (those listed): during a window, x -> |x + eps xi| (a concentration offset of
 * |x + eps xi| - x added at the window's start and taken back at its end, never below 0); folded species get the
 * noisy value for the window and their value back after it.</li>
 * </ul>
 * Draws come from {@code java.util.Random(seed)}: per window, first the rate draws in network reaction order, then
 * the species draws in the listed order, so a run is reproducible from its seed.
 */
public record NoiseSettings(double eps, double t0, double t1, boolean rates, List<String> species, int line) {

    public static final double DEFAULT_EPS = 0.1;
    public static final double DEFAULT_T0 = 0.05;
    public static final double DEFAULT_T1 = 0.005;
    /** The seed of a run that names none. */
    public static final long DEFAULT_SEED = 0;
    /** Options of {@code noise(...)}. */
    public static final List<String> OPTIONS = List.of("eps", "t0", "t1", "rates");

    public NoiseSettings {
        species = List.copyOf(species);
    }

    /** The fraction of the time a noise term is on: t1 / t0. */
    public double activeFraction() {
        return t1 / t0;
    }
}
