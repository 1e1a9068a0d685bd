package org.crnstudio.sim;

/** A stochastic run's result (trajectory of the mean, and of the standard deviations for an ensemble). */
public record StochasticResult(SimulationResult result) {

    /** Its counts: events and leaps over all runs, wall time. */
    public RunStatistics statistics() {
        return result.statistics();
    }
}
