package org.crnstudio.sim;

import java.util.List;
import java.util.Map;

import org.crnstudio.io.Trajectory;

/**
 * What a run produced: the recorded trajectory, which species were integrated and which were folded into the rate
 * constants, whether and when it stopped (stopTime is the last time integrated: the end time, the time the steady
 * state was reached, or the time of cancellation), the right-hand-side evaluations it took, the method used, per
 * recorded series the time it settled (see {@link SimulationPlan#settlingBand()}; empty when not computed), and what
 * the integration cost ({@link RunStatistics}: method, steps, evaluations, factorisations, time).
 */
public record SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
        boolean steadyReached, double stopTime, long rhsEvaluations, String method, boolean canceled,
        Map<String, Double> settlingTimes, RunStatistics statistics) {

    public SimulationResult {
        settlingTimes = settlingTimes == null ? Map.of() : java.util.Collections.unmodifiableMap(settlingTimes);
        statistics = statistics == null ? new RunStatistics(method, 0, -1, rhsEvaluations, 0, 0, 0) : statistics;
    }

    /** A result whose statistics are only its method and RHS evaluations. */
    public SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
            boolean steadyReached, double stopTime, long rhsEvaluations, String method, boolean canceled,
            Map<String, Double> settlingTimes) {
        this(trajectory, dynamicSpecies, foldedSpecies, steadyReached, stopTime, rhsEvaluations, method, canceled,
                settlingTimes, null);
    }

    /** A result without settling times. */
    public SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
            boolean steadyReached, double stopTime, long rhsEvaluations, String method, boolean canceled) {
        this(trajectory, dynamicSpecies, foldedSpecies, steadyReached, stopTime, rhsEvaluations, method, canceled,
                Map.of(), null);
    }

    /** The last recorded value of a series. */
    public double finalValue(String series) {
        return trajectory.last(series);
    }

    /** The time a recorded series settled, NaN when it is not known. */
    public double settlingTime(String series) {
        return settlingTimes.getOrDefault(series, Double.NaN);
    }
}
