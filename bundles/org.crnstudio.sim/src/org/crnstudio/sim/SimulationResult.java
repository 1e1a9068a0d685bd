package org.crnstudio.sim;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.crnstudio.io.Trajectory;

/**
 * What a run produced: the recorded trajectory, which species were integrated and which were folded into the rate
 * constants, whether and when it stopped (stopTime is the last time integrated: the end time, the time the steady
 * state was reached, or the time of cancellation), whether it was canceled, what the run cost ({@link RunStatistics}:
 * method, steps, evaluations, factorisations or stochastic events, time) and per recorded series the time it settled
 * (see {@link SimulationPlan#settlingBand()}; empty when not computed).
 */
public record SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
        boolean steadyReached, double stopTime, boolean canceled, RunStatistics statistics,
        Map<String, Double> settlingTimes) {

    public SimulationResult {
        settlingTimes = settlingTimes == null ? Map.of() : Collections.unmodifiableMap(settlingTimes);
    }

    /** A result without settling times. */
    public SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
            boolean steadyReached, double stopTime, boolean canceled, RunStatistics statistics) {
        this(trajectory, dynamicSpecies, foldedSpecies, steadyReached, stopTime, canceled, statistics, Map.of());
    }

    /** The last recorded value of a series. */
    public double finalValue(String series) {
        return trajectory.last(series);
    }

    /** The time a recorded series settled, NaN when it is not known. */
    public double settlingTime(String series) {
        return settlingTimes.getOrDefault(series, Double.NaN);
    }

    /** Right-hand-side evaluations of the integration (0 for a stochastic run). */
    public long rhsEvaluations() {
        return statistics.rhsEvaluations();
    }

    /** The method used, and how it was chosen. */
    public String method() {
        return statistics.method();
    }
}
