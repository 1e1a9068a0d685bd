package org.crnstudio.sim;

import java.util.List;
import java.util.Set;

/**
 * Noise as seed 002 defines it (its equation 18): xi(t) is redrawn from N(0, 1) at every t = k t0 (k = 0, 1, ...)
 * and held for t1, and is 0 outside these windows [k t0, k t0 + t1).
 * <ul>
 * <li>Rates (when rates is on): every network reaction j independently, in one of two forms ({@link RateForm}):
 * the paper's k_j(t) = |k_j + eps xi_j(t)| ({@link RateForm#ABSOLUTE}), or k_j(t) = k_j |1 + eps xi_j(t)|
 * ({@link RateForm#RELATIVE}, the default of a simulation's noise: eps stays dimensionless for rate constants of
 * any size). The two agree for the paper's k_j = 1. Both directions of a reversible reaction share xi_j and the
 * factor k_j(t) / k_j of the forward constant. The reactions in {@code quietReactions} (network positions) keep
 * their rates: xi_j is drawn for them all the same, so the draws of the others do not depend on the set.</li>
 * <li>Species (those listed): during a window, x -> |x + eps xi| (a concentration offset of
 * |x + eps xi| - x added at the window's start and taken back at its end, never below 0); folded species get the
 * noisy value for the window and their value back after it.</li>
 * </ul>
 * Draws come from {@code java.util.Random(seed)}: per window, first the rate draws in network reaction order, then
 * the species draws in the listed order, so a run is reproducible from its seed.
 */
public record NoiseSettings(double eps, double t0, double t1, boolean rates, RateForm form,
        Set<Integer> quietReactions, List<String> species, int line) {

    /** How eps xi enters a rate constant k. */
    public enum RateForm {
        /** k |1 + eps xi|: eps is a fraction of each constant. */
        RELATIVE,
        /** |k + eps xi| (seed 002, equation 18): eps is in the units of the constants. */
        ABSOLUTE
    }

    public static final double DEFAULT_EPS = 0.1;
    public static final double DEFAULT_T0 = 0.05;
    public static final double DEFAULT_T1 = 0.005;
    /** The seed of a run that names none. */
    public static final long DEFAULT_SEED = 0;
    /** Options of {@code noise(...)}. */
    public static final List<String> OPTIONS = List.of("eps", "t0", "t1", "rates", "absolute");

    public NoiseSettings {
        quietReactions = Set.copyOf(quietReactions);
        species = List.copyOf(species);
    }

    /** Rate noise in the given form on every reaction. */
    public NoiseSettings(double eps, double t0, double t1, boolean rates, RateForm form, List<String> species,
            int line) {
        this(eps, t0, t1, rates, form, Set.of(), species, line);
    }

    /** Relative rate noise ({@link RateForm#RELATIVE}) on every reaction. */
    public NoiseSettings(double eps, double t0, double t1, boolean rates, List<String> species, int line) {
        this(eps, t0, t1, rates, RateForm.RELATIVE, species, line);
    }

    /** The factor k(t) / k on a rate constant k for the draw xi: |1 + eps xi| or |k + eps xi| / k (1 for k = 0). */
    public double rateFactor(double k, double xi) {
        if (form == RateForm.RELATIVE) {
            return Math.abs(1.0 + eps * xi);
        }
        return k > 0 ? Math.abs(k + eps * xi) / k : 1.0;
    }

    /** The fraction of the time a noise term is on: t1 / t0. */
    public double activeFraction() {
        return t1 / t0;
    }
}
