package org.crnstudio.sim;

import java.util.Locale;

/**
 * What an integration cost: the method used, accepted and rejected steps, right-hand-side and Jacobian evaluations,
 * LU factorisations and the wall time of the integration itself (without compiling the network or writing output).
 * Counters a method does not have (an explicit method factors nothing) are 0; rejected steps are -1 when the method
 * does not report them (Hipparchus' explicit integrators).
 */
public record RunStatistics(String method, long steps, long rejectedSteps, long rhsEvaluations,
        long jacobianEvaluations, long factorizations, double seconds) {

    /** A run that integrated nothing (nothing moves, or canceled before the start). */
    public static RunStatistics none(String method) {
        return new RunStatistics(method, 0, 0, 0, 0, 0, 0);
    }

    /** One line, as {@code crn simulate --stats} prints it. */
    public String describe() {
        return String.format(Locale.ROOT, "%s; %d steps (%s rejected), %d RHS evaluations, %d Jacobian evaluations,"
                + " %d LU factorizations, integration %.3f s", method, steps,
                rejectedSteps < 0 ? "n/a" : Long.toString(rejectedSteps), rhsEvaluations, jacobianEvaluations,
                factorizations, seconds);
    }
}
