package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationMonitor;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Stopping at a steady state, streaming rows to a monitor, cancelling. */
class SteadyStateAndMonitorTest {

    @Test
    void decayStopsWhenItsRateFallsBelowTheTolerance() {
        double k = 0.5;
        double a0 = 2;
        double tolerance = 1e-6;
        ReactionNetwork network = crn("Decay").species("A", a0).reaction("A -> B", k).build();
        // |dA/dt| = k A0 e^{-kt} = tol at t = ln(A0 k / tol) / k. There A = tol / k = 2e-6, so an absolute
        // error e in A moves the stop time by e / (k A): the time is as precise as the state the integrator keeps.
        double expected = Math.log(a0 * k / tolerance) / k;
        SimulationResult precise = new OdeSimulator().run(SimulationPlan.forNetwork(network, 100)
                .withTolerances(1e-10, 1e-15).withSteadyState(tolerance));
        assertTrue(precise.steadyReached());
        assertEquals(expected, precise.stopTime(), 1e-7 * expected);
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 100)
                .withSteadyState(tolerance));
        assertTrue(result.steadyReached());
        // With the default atol 1e-10: e / (k A) = atol / tol = 1e-4, allowing global error of ten times atol.
        assertEquals(expected, result.stopTime(), 10 * SimulationPlan.DEFAULT_ABSOLUTE_TOLERANCE / tolerance);
        Trajectory trajectory = result.trajectory();
        assertEquals(result.stopTime(), trajectory.time(trajectory.size() - 1), "last row at the stop time");
        assertEquals(tolerance / k, result.finalValue("A"), 1e-9);
    }

    @Test
    void anOscillatorNeverSettlesAndRunsToItsHorizon() {
        ReactionNetwork network = crn("LV").species("X", 1).species("Y", 0.5)
                .reaction("X -> 2 X", 1).reaction("X + Y -> 2 Y", 1).reaction("Y -> 0", 1).build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 12).withSteadyState(1e-3));
        assertFalse(result.steadyReached());
        assertEquals(12.0, result.stopTime(), 1e-12);
    }

    @Test
    void monitorReceivesEveryRowInOrderAndCanCancel() {
        ReactionNetwork network = crn("Decay").species("A", 1).reaction("A -> B", 1).build();
        List<Double> times = new ArrayList<>();
        Trajectory[] seen = new Trajectory[1];
        SimulationMonitor recordAll = new SimulationMonitor() {
            @Override
            public void started(Trajectory trajectory) {
                seen[0] = trajectory;
            }

            @Override
            public void rowAdded(Trajectory trajectory, int row) {
                assertEquals(times.size(), row);
                times.add(trajectory.time(row));
            }
        };
        SimulationResult complete = new OdeSimulator().run(SimulationPlan.forNetwork(network, 4)
                .withOutputIntervals(8), recordAll);
        assertSame(seen[0], complete.trajectory());
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0), times);
        assertFalse(complete.canceled());

        SimulationMonitor cancelAfterThreeRows = new SimulationMonitor() {
            private int rows;

            @Override
            public boolean isCanceled() {
                return rows >= 3;
            }

            @Override
            public void rowAdded(Trajectory trajectory, int row) {
                rows++;
            }
        };
        SimulationResult canceled = new OdeSimulator().run(SimulationPlan.forNetwork(network, 1000)
                .withOutputIntervals(1000), cancelAfterThreeRows);
        assertTrue(canceled.canceled());
        assertTrue(canceled.stopTime() < 1000, "stopped early at " + canceled.stopTime());
        assertTrue(canceled.trajectory().size() < 1001, "rows " + canceled.trajectory().size());
    }

    @Test
    void networkWithNothingDynamicRecordsItsConstantState() {
        ReactionNetwork network = crn("Still").species("A", 2).species("E", 1).reaction("A + E -> A + E", 1).build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 3).withOutputIntervals(3));
        assertEquals(List.of("A", "E"), result.foldedSpecies());
        assertEquals(4, result.trajectory().size());
        assertEquals(2.0, result.finalValue("A"));
        assertEquals(3.0, result.stopTime());
    }
}
