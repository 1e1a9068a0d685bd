package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * Turns integrator states into trajectory rows: every species' concentration (clamped at 0 where round-off made
 * it slightly negative), then each recorded series read from it, observables evaluated over the clamped values.
 */
final class SeriesRecorder {

    private final MassActionSystem system;
    private final Trajectory trajectory;
    private final SimulationMonitor monitor;
    private final SeriesEvaluator series;
    private final double[] concentrations;
    private final double[] row;

    SeriesRecorder(SimulationPlan plan, MassActionSystem system, SimulationMonitor monitor) {
        this.system = system;
        this.monitor = monitor;
        List<String> names = plan.recordedSeries();
        this.trajectory = new Trajectory(names);
        this.series = new SeriesEvaluator(names, plan.network(), system.species());
        concentrations = new double[system.species().size()];
        row = new double[names.size()];
    }

    Trajectory trajectory() {
        return trajectory;
    }

    /** Appends the row of time t for the given state and tells the monitor. */
    void record(double time, double[] state) {
        system.concentrations(state, concentrations);
        for (int s = 0; s < concentrations.length; s++) {
            concentrations[s] = Math.max(concentrations[s], 0.0);
        }
        series.evaluate(concentrations, row);
        trajectory.append(time, row);
        monitor.rowAdded(trajectory, trajectory.size() - 1);
    }
}
