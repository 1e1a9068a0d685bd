package org.crnstudio.sim;

/** Counters of the linearly implicit integrators, cumulative over every integrate call of one instance. */
interface StiffCounters {

    long jacobianEvaluations();

    /** Right-hand-side evaluations made directly on the system, not through the ODE Hipparchus counts. */
    default long stageEvaluations() {
        return 0;
    }

    long factorizations();

    long rejectedSteps();
}
