package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeSession;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationMonitor;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Runs in segments: timed sets, clock phases and clock species against their piecewise closed forms. */
class SegmentedRunTest {

    private static final double TOL = 1e-7;

    @Test
    void setAtFiveStartsADecayThatFollowsItsClosedForm() {
        // A -> B @ 0.5 with A = 0 until 'at 5 set A = 1': A = 0 before 5, then e^{-0.5 (t - 5)}, B = 1 - A after.
        ReactionNetwork network = crn("Decay").species("A", 0).species("B", 0).reaction("A -> B", 0.5).build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(10).points(20).atSet(5, "A", 1).build()));
        Trajectory trajectory = result.trajectory();
        assertEquals(21, trajectory.size());
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            assertEquals(row * 0.5, t, 1e-15, "rows at exactly the output times");
            double a = t < 5 ? 0 : Math.exp(-0.5 * (t - 5));
            double b = t < 5 ? 0 : 1 - a;
            assertEquals(a, trajectory.value(row, 0), TOL, "A at t = " + t);
            assertEquals(b, trajectory.value(row, 1), TOL, "B at t = " + t);
        }
        assertEquals(1.0, trajectory.value(10, 0), "the row at t = 5 shows the value set at 5");
    }

    /** A -> B @ 1 when P2, B -> A @ 2 when P1, from A = 1: the closed form of each phase's interval. */
    private static ReactionNetwork phased() {
        return crn("Phased").species("A", 1).species("B", 0).reaction("A -> B", 1).when("P2")
                .reaction("B -> A", 2).when("P1").build();
    }

    @Test
    void clockAlternatesPhasesAndOnlyTheActivePhaseRuns() {
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(phased()).until(4).points(40).clock(1, "P1", "P2").build()));
        Trajectory trajectory = result.trajectory();
        double b2 = 1 - Math.exp(-1); // B at t = 2 after P1 (nothing: B = 0) and P2 (A decays for 1)
        double a3 = 1 - b2 * Math.exp(-2); // A at t = 3 after P1 moved B back at rate 2
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            double a;
            if (t <= 1) {
                a = 1;
            } else if (t <= 2) {
                a = Math.exp(-(t - 1));
            } else if (t <= 3) {
                a = 1 - b2 * Math.exp(-2 * (t - 2));
            } else {
                a = a3 * Math.exp(-(t - 3));
            }
            assertEquals(a, trajectory.value(row, 0), TOL, "A at t = " + t);
            assertEquals(1 - a, trajectory.value(row, 1), TOL, "B at t = " + t);
        }
    }

    @Test
    void withoutAnyPhaseChangeTheFirstPhaseRunsAndNoneStopsEveryPhasedReaction() {
        // Only P2 (first in reaction order) runs: A = e^{-t}; 'at 1 phase none' freezes everything from t = 1.
        SimulationResult plain = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(phased()).until(2).points(4).build()));
        assertEquals(Math.exp(-2), plain.finalValue("A"), TOL);
        SimulationResult frozen = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(phased()).until(2).points(4).atPhase(1, "none").build()));
        assertEquals(Math.exp(-1), frozen.finalValue("A"), TOL);
        assertEquals(Math.exp(-1), frozen.trajectory().value(3, 0), TOL, "frozen at t = 1.5 as well");
    }

    @Test
    void clockSpeciesGateReactionsAsCatalystsLikeExplicitSets() {
        // A + C2 -> B + C2 @ 1, B + C1 -> A + C1 @ 2: the clock sets C1, C2 to 1/0, so the closed form of the
        // phased network applies; writing the switches as 'at T set' gives the same run.
        ReactionNetwork network = crn("Catalysed").species("A", 1).species("B", 0).species("C1", 0).species("C2", 0)
                .reaction("A + C2 -> B + C2", 1).reaction("B + C1 -> A + C1", 2).build();
        SimulationResult clocked = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(3).points(3).clock(1, "C1", "C2").build()));
        double b2 = 1 - Math.exp(-1);
        assertEquals(1 - b2 * Math.exp(-2), clocked.finalValue("A"), TOL);
        assertEquals(1.0, clocked.trajectory().value(2, 2), "C1 = 1 again from t = 2");
        assertEquals(0.0, clocked.trajectory().value(2, 3), "C2 = 0 from t = 2");
        SimulationResult written = new OdeSimulator().run(SimulationPlan.of(SimulationBuilder.of(network).until(3)
                .points(3).atSet(0, "C1", 1, "C2", 0).atSet(1, "C1", 0, "C2", 1).atSet(2, "C1", 1, "C2", 0).build()));
        for (int row = 0; row < 3; row++) {
            assertArrayEquals(written.trajectory().row(row), clocked.trajectory().row(row), 1e-12, "row " + row);
        }
        // At t = 3 the clock switches once more (C1 = 0, C2 = 1), the written schedule does not.
        assertEquals(written.finalValue("A"), clocked.finalValue("A"), 1e-12);
    }

    @Test
    void untilSteadyStopsAtTheClosedFormTimeAndReportsWhenEachSeriesSettled() {
        // A -> B @ 1 from A = 1: |dA/dt| = e^{-t} < tol = 1e-3 from t = ln 1000; at the stop A = 1e-3, and A (and B)
        // stay within tol of their final values from the time A = 2e-3: t = ln 500. E never moves: settled at 0.
        ReactionNetwork network = crn("Settle").species("A", 1).species("B", 0).species("E", 2)
                .reaction("A + E -> B + E", 0.5).build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(10).untilSteady(1e-3).points(1000).build()));
        assertTrue(result.steadyReached());
        assertEquals(Math.log(1000), result.stopTime(), 1e-6);
        assertEquals(1e-3, result.finalValue("A"), 1e-8);
        assertEquals(Math.log(500), result.settlingTime("A"), 1e-3, "resolution: the output interval 0.01");
        assertEquals(Math.log(500), result.settlingTime("B"), 1e-3);
        assertEquals(0.0, result.settlingTime("E"));
    }

    @Test
    void steadyStateIsOnlyWatchedAfterTheLastTimedChange() {
        // Nothing moves until 'at 3 set A = 1' (dA/dt = 0 at t = 0 would stop at once without the rule).
        ReactionNetwork network = crn("Late").species("A", 0).reaction("A -> 0", 1).build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(20).untilSteady(1e-4).points(100).atSet(3, "A", 1).build()));
        assertTrue(result.steadyReached());
        assertEquals(3 + Math.log(1e4), result.stopTime(), 1e-6);
    }

    @Test
    void sessionAdvancesInSegmentsWithSetsAndPhasesFromCode() {
        ReactionNetwork network = phased();
        OdeSession session = OdeSession.start(SimulationPlan.forNetwork(network, 100));
        assertEquals("P2", session.activePhase(), "the first phase of the network by default");
        session.advance(1);
        assertEquals(Math.exp(-1), session.concentration("A"), TOL);
        session.activatePhase(null);
        assertNull(session.activePhase());
        session.advanceTo(2);
        assertEquals(Math.exp(-1), session.concentration("A"), TOL, "no phased reaction runs");
        session.set("A", 1);
        session.set("B", 0);
        session.activatePhase("P2");
        session.advance(0.5);
        assertEquals(Math.exp(-0.5), session.concentrations()[0], TOL);
        assertEquals(2.5, session.time(), 1e-15);
        assertArrayEquals(new double[] { 1, 0 }, session.rateFactors());
        assertTrue(session.segments() >= 3);
        assertThrows(IllegalArgumentException.class, () -> session.advanceTo(1));
        assertThrows(SimulationException.class, () -> session.set("Nope", 1));
    }

    @Test
    void manyShortSegmentsKeepTheAccuracyOfOneLongRun() {
        // A training run restarts every period: 2,000 restarts of A <-> B must land where one run lands.
        ReactionNetwork network = crn("Exchange").species("A", 1).species("B", 0).reversible("A <-> B", 2, 1).build();
        OdeSession session = OdeSession.start(SimulationPlan.forNetwork(network, 10));
        for (int period = 1; period <= 2000; period++) {
            session.advanceTo(period * 0.005);
        }
        double a = 1.0 / 3 + 2.0 / 3 * Math.exp(-3 * 10.0);
        assertEquals(a, session.concentration("A"), 1e-8);
    }

    @Test
    void cancellationStopsAScheduledRunAndRowsStream() {
        ReactionNetwork network = phased();
        List<Double> streamed = new ArrayList<>();
        SimulationMonitor monitor = new SimulationMonitor() {
            @Override
            public boolean isCanceled() {
                return streamed.size() >= 15;
            }

            @Override
            public void rowAdded(Trajectory trajectory, int row) {
                streamed.add(trajectory.time(row));
            }
        };
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(phased()).until(10).points(100).clock(0.25, "P1", "P2").build()), monitor);
        assertTrue(result.canceled());
        assertTrue(result.stopTime() < 2, "stopped at t = " + result.stopTime());
        assertEquals(result.trajectory().size(), streamed.size(), "every row was streamed");
        for (int row = 0; row < 15; row++) {
            assertEquals(row * 0.1, streamed.get(row), 1e-12);
        }
        assertFalse(network.getReactions().isEmpty());
    }

    @Test
    void eventMistakesNameTheirLineAndWhatIsValid() {
        SimulationBuilder late = SimulationBuilder.of(phased()).until(5).atSet(6, "A", 1);
        SimulationException after = assertThrows(SimulationException.class, () -> SimulationPlan.of(late.build()));
        assertTrue(after.getMessage().contains("'at 6'") && after.getMessage().contains("after the end"),
                after.getMessage());
        assertEquals(late.lastLine() - 1, after.getLine(), "the line of 'at' (its assignment has the next one)");

        SimulationBuilder negative = SimulationBuilder.of(phased()).until(5).atPhase(-1, "P1");
        assertEquals(negative.lastLine(),
                assertThrows(SimulationException.class, () -> SimulationPlan.of(negative.build())).getLine());

        SimulationBuilder unknown = SimulationBuilder.of(phased()).until(5).atPhase(1, "P3");
        SimulationException phase = assertThrows(SimulationException.class, () -> SimulationPlan.of(unknown.build()));
        assertTrue(phase.getMessage().contains("'P3'") && phase.getMessage().contains("P2, P1, none"),
                phase.getMessage());

        SimulationBuilder steadyClock = SimulationBuilder.of(phased()).untilSteady(1e-6).clock(1, "P1", "P2");
        SimulationException clock = assertThrows(SimulationException.class,
                () -> SimulationPlan.of(steadyClock.build()));
        assertTrue(clock.getMessage().contains("until T"), clock.getMessage());
        assertEquals(steadyClock.lastLine(), clock.getLine());

        SimulationBuilder noise = SimulationBuilder.of(phased()).until(5).noise(new org.crnstudio.model.Option[] {
                SimulationBuilder.option("t0", 0.01, null), SimulationBuilder.option("t1", 0.02, null) });
        SimulationException hold = assertThrows(SimulationException.class, () -> SimulationPlan.of(noise.build()));
        assertTrue(hold.getMessage().contains("0 < t1 <= t0"), hold.getMessage());
        assertEquals(noise.lastLine(), hold.getLine());

        SimulationBuilder noisySpecies = SimulationBuilder.of(phased()).until(5)
                .noise(new org.crnstudio.model.Option[0], "Q");
        SimulationException species = assertThrows(SimulationException.class,
                () -> SimulationPlan.of(noisySpecies.build()));
        assertTrue(species.getMessage().contains("'Q'") && species.getMessage().contains("A, B"),
                species.getMessage());
    }
}
