package org.crnstudio.sim;

/** A stochastic run's result (trajectory of the mean, and of the standard deviations for an ensemble) and its counts. */
public record StochasticResult(SimulationResult result, StochasticStatistics statistics) {
}
