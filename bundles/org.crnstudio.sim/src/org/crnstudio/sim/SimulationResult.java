package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * What a run produced: the recorded trajectory, which species were integrated and which were folded into the rate
 * constants, whether and when it stopped (stopTime is the last time integrated: the end time, the time the steady
 * state was reached, or the time of cancellation), whether it was canceled, and what the integration cost
 * ({@link RunStatistics}: method, steps, evaluations, factorisations, time).
 */
public record SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
        boolean steadyReached, double stopTime, boolean canceled, RunStatistics statistics) {

    /** The last recorded value of a series. */
    public double finalValue(String series) {
        return trajectory.last(series);
    }

    /** Right-hand-side evaluations of the integration. */
    public long rhsEvaluations() {
        return statistics.rhsEvaluations();
    }

    /** The method used, and how it was chosen. */
    public String method() {
        return statistics.method();
    }
}
