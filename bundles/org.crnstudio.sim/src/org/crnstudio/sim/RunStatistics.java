package org.crnstudio.sim;

/**
 * Counters of a run so far: right-hand-side evaluations, accepted integrator steps, integration segments (one per
 * stretch between changes: schedule entries, clock switches, noise windows, or calls to advance).
 */
public record RunStatistics(long rhsEvaluations, long steps, long segments) {
}
