package org.crnstudio.sim;

import java.util.Locale;

/**
 * What a run cost, for both engines. Deterministic: the method used, accepted and rejected steps, right-hand-side
 * and Jacobian evaluations, LU factorisations; stochastic: reaction firings (events; a leap counts each firing it
 * makes) and leaps over all runs. Both: the wall time of the integration itself (without compiling the network or
 * writing output). Counters a method does not have (an explicit method factors nothing) are 0; counters that do not
 * apply or that a method does not report are -1 (Hipparchus' explicit integrators report no rejected steps, the
 * deterministic engine fires no events, the stochastic one takes no steps).
 */
public record RunStatistics(String method, long steps, long rejectedSteps, long rhsEvaluations,
        long jacobianEvaluations, long factorizations, long events, long leaps, double seconds) {

    /** A deterministic integration's counters (no events, no leaps). */
    public RunStatistics(String method, long steps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
            long factorizations, double seconds) {
        this(method, steps, rejectedSteps, rhsEvaluations, jacobianEvaluations, factorizations, -1, -1, seconds);
    }

    /** A stochastic run's counters: events and leaps over every run of the ensemble. */
    public static RunStatistics stochastic(String method, long events, long leaps, double seconds) {
        return new RunStatistics(method, -1, -1, 0, 0, 0, events, leaps, seconds);
    }

    /** A deterministic run that integrated nothing (nothing moves, or canceled before the start). */
    public static RunStatistics none(String method) {
        return new RunStatistics(method, 0, 0, 0, 0, 0, 0);
    }

    /** Whether the stochastic engine ran (it counts events). */
    public boolean isStochastic() {
        return events >= 0;
    }

    /** One line on the method and its work, as {@code crn simulate --stats} starts it. */
    public String describe() {
        if (isStochastic()) {
            return String.format(Locale.ROOT, "%s, %d events, %d leaps, %.3f s (%.3g events/s)", method, events, leaps,
                    seconds, seconds > 0 ? events / seconds : 0.0);
        }
        return String.format(Locale.ROOT, "%s; %d steps (%s rejected), %d RHS evaluations, %d Jacobian evaluations,"
                + " %d LU factorizations, integration %.3f s", method, steps,
                rejectedSteps < 0 ? "n/a" : Long.toString(rejectedSteps), rhsEvaluations, jacobianEvaluations,
                factorizations, seconds);
    }
}
