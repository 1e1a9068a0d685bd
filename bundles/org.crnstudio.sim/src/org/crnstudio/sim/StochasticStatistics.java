package org.crnstudio.sim;

import java.util.Locale;

/**
 * What a stochastic run did: the algorithm, the volume, the number of runs, the seed, the reaction
 * firings (events; a leap counts each firing it makes) and leaps over all runs, the threads used and the wall time.
 */
public record StochasticStatistics(SsaAlgorithm algorithm, double volume, int runs, long seed,
        long events, long leaps, int threads, double seconds) {

    /** One line for {@code crn simulate --stats} and the console. */
    public String describe() {
        return String.format(Locale.ROOT, "ssa: %s, volume %s, %d run%s (seed %d, %d thread%s), %d events, %d leaps,"
                + " %.3f s (%.3g events/s)", algorithm.description(), shortNumber(volume), runs, runs == 1 ? "" : "s",
                seed, threads, threads == 1 ? "" : "s", events, leaps, seconds, seconds > 0 ? events / seconds : 0.0);
    }

    private static String shortNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
