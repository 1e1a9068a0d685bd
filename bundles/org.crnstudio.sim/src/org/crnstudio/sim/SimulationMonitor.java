package org.crnstudio.sim;

import org.crnstudio.io.Trajectory;

/**
 * Watches a run as it goes: gets the trajectory before the first row, then each row as it is appended (for
 * views that plot while the run streams), and can cancel the run (checked after every integrator step).
 * Calls come from the thread that runs the simulation.
 */
public interface SimulationMonitor {

    /** A monitor that watches nothing and never cancels. */
    SimulationMonitor NONE = new SimulationMonitor() {
    };

    default boolean isCanceled() {
        return false;
    }

    /** The run starts: rows will be appended to this trajectory. */
    default void started(Trajectory trajectory) {
    }

    /** Row number row of the trajectory has just been appended. */
    default void rowAdded(Trajectory trajectory, int row) {
    }
}
