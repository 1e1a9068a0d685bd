package org.crnstudio.sim;

/** Counters of the linearly implicit integrators, cumulative over every integrate call of one instance. */
interface StiffCounters {

    long jacobianEvaluations();

    long factorizations();

    long rejectedSteps();
}
