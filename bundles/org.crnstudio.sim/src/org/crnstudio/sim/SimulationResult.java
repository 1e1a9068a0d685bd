package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * What a run produced: the recorded trajectory, which species were integrated and which were folded into the rate
 * constants, whether and when it stopped (stopTime is the last time integrated: the end time, the time the steady
 * state was reached, or the time of cancellation), the right-hand-side evaluations it took and the method used.
 */
public record SimulationResult(Trajectory trajectory, List<String> dynamicSpecies, List<String> foldedSpecies,
        boolean steadyReached, double stopTime, long rhsEvaluations, String method, boolean canceled) {

    /** The last recorded value of a series. */
    public double finalValue(String series) {
        return trajectory.last(series);
    }
}
