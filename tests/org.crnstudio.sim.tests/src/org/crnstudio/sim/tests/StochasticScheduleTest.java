package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.SimulationBuilder.option;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationRun;
import org.crnstudio.sim.SimulationRunner;
import org.crnstudio.sim.SsaAlgorithm;
import org.crnstudio.sim.StochasticOptions;
import org.crnstudio.sim.StochasticResult;
import org.crnstudio.sim.StochasticSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Method ssa with timed changes, phases and clocks: the ODE's rules (a closed phase is a zero propensity, a set is
 * round(c V) molecules at its exact time in every run), checked against closed forms and the ODE. Linear networks,
 * so the ensemble mean equals the ODE solution exactly; the standard error is the ensemble's own sd / sqrt(N).
 */
class StochasticScheduleTest {

    private static final double SE_BOUND = 3;
    /** Means of equal values: only the round-off of the sum. */
    private static final double EXACT = 1e-12;

    /** A -> B @ 0.5 only in phase P, opened at t = 5 (phase none before): A = 1 until 5, then e^{-0.5 (t - 5)}. */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aPhaseOpenedAtFiveStartsTheDecayThere(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Gated").species("A", 1).species("B", 0).reaction("A -> B", 0.5).when("P")
                .build();
        Simulation simulation = SimulationBuilder.of(network).until(10).points(10).atPhase(0, "none")
                .atPhase(5, "P").build();
        int runs = 400;
        Trajectory trajectory = ensemble(simulation, algorithm, 200, runs, 3);
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            if (t <= 5) {
                // Nothing fires while the phase is closed, and the phase opens at 5 exactly: every run still has
                // all 200 molecules at t = 5.
                assertEquals(1.0, trajectory.value(row, trajectory.indexOf("A")), EXACT, "A at t = " + t);
                assertEquals(0.0, trajectory.value(row, trajectory.indexOf("A_sd")), EXACT, "A_sd at t = " + t);
            } else {
                // B = 1 - A in every run: A alone is checked
                assertWithinStandardErrors(trajectory, row, "A", Math.exp(-0.5 * (t - 5)), runs);
            }
        }
    }

    /**
     * A -> B @ 0.4 from A = 1; 'at 5 set A = 0.7' mid-run: every run has exactly round(0.7 V) molecules of A at 5,
     * then A = 0.7 e^{-0.4 (t - 5)} and B keeps what it had (1 - e^{-2}) plus what A gives from then on.
     */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aSetMidRunMakesTheCountsJumpExactly(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Decay").species("A", 1).species("B", 0).reaction("A -> B", 0.4).build();
        Simulation simulation = SimulationBuilder.of(network).until(10).points(10).atSet(5, "A", 0.7).build();
        int runs = 400;
        double volume = 150;
        Trajectory trajectory = ensemble(simulation, algorithm, volume, runs, 5);
        int atFive = 5;
        assertEquals(5.0, trajectory.time(atFive), 0.0);
        assertEquals(Math.rint(0.7 * volume) / volume, trajectory.value(atFive, trajectory.indexOf("A")), EXACT,
                "the row at 5 shows the set, in every run");
        assertEquals(0.0, trajectory.value(atFive, trajectory.indexOf("A_sd")), EXACT);
        double a0 = Math.rint(0.7 * volume) / volume;
        for (int row = 1; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            double a = t < 5 ? Math.exp(-0.4 * t) : a0 * Math.exp(-0.4 * (t - 5));
            double b = t < 5 ? 1 - a : 1 - Math.exp(-2) + a0 - a;
            if (t < 5) {
                assertWithinStandardErrors(trajectory, row, "A", a, runs); // B = 1 - A in every run before 5
                continue;
            }
            if (t != 5) {
                assertWithinStandardErrors(trajectory, row, "A", a, runs);
            }
            assertWithinStandardErrors(trajectory, row, "B", b, runs);
        }
    }

    /**
     * A set of a folded species (a catalyst no reaction changes) takes effect in the propensities: S + E -> P + E
     * with E = 0 until 'at 4 set E = 2': S = 1 until 4, then e^{-0.3 * 2 (t - 4)}.
     */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aSetOfAFoldedCatalystChangesTheRates(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Catalysed").species("S", 1).species("E", 0).reaction("S + E -> P + E", 0.3)
                .build();
        Simulation simulation = SimulationBuilder.of(network).until(8).points(8).atSet(4, "E", 2).build();
        int runs = 300;
        Trajectory trajectory = ensemble(simulation, algorithm, 100, runs, 11);
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            assertEquals(t < 4 ? 0 : 2, trajectory.value(row, trajectory.indexOf("E")), EXACT, "E at t = " + t);
            if (t <= 4) {
                assertEquals(1.0, trajectory.value(row, trajectory.indexOf("S")), EXACT, "S at t = " + t);
            } else {
                assertWithinStandardErrors(trajectory, row, "S", Math.exp(-0.6 * (t - 4)), runs);
            }
        }
    }

    /**
     * clock C1, C2 every 1 with catalytic clock species (A + C1 -> B + C1, B + C2 -> A + C2, no 'when'): the
     * clock sets C1 / C2 to 1 and 0 in turn (V molecules or none), and the ensemble mean follows the ODE.
     */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aClockWithCatalyticClockSpeciesFollowsTheOde(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Clocked").species("A", 1).species("B", 0).species("C1", 0).species("C2", 0)
                .reaction("A + C1 -> B + C1", 1.5).reaction("B + C2 -> A + C2", 0.8).build();
        Simulation simulation = SimulationBuilder.of(network).until(5).points(10).clock(1, "C1", "C2").build();
        int runs = 400;
        Trajectory trajectory = ensemble(simulation, algorithm, 120, runs, 21);
        Trajectory ode = new OdeSimulator().run(SimulationPlan.of(simulation)).trajectory();
        assertEquals(ode.size(), trajectory.size());
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            assertEquals(ode.time(row), t, 0.0);
            assertEquals(ode.value(row, ode.indexOf("C1")), trajectory.value(row, trajectory.indexOf("C1")), EXACT,
                    "C1 at t = " + t);
            assertEquals(ode.value(row, ode.indexOf("C2")), trajectory.value(row, trajectory.indexOf("C2")), EXACT,
                    "C2 at t = " + t);
            // B = 1 - A in every run: A alone is checked
            assertWithinStandardErrors(trajectory, row, "A", ode.value(row, ode.indexOf("A")), runs);
        }
        // and the ODE itself is the piecewise closed form: A = e^{-1.5} after the first C1 interval
        assertEquals(Math.exp(-1.5), ode.value(2, ode.indexOf("A")), 1e-7);
    }

    /** A clock over 'when' phases: only the open phase's reactions fire; the first phase opens at t = 0. */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aClockOverPhasedReactionsFollowsTheOde(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Phased").species("A", 1).species("B", 0).reaction("A -> B", 1).when("P2")
                .reaction("B -> A", 2).when("P1").build();
        Simulation simulation = SimulationBuilder.of(network).until(4).points(8).clock(1, "P1", "P2").build();
        int runs = 400;
        Trajectory trajectory = ensemble(simulation, algorithm, 100, runs, 31);
        Trajectory ode = new OdeSimulator().run(SimulationPlan.of(simulation)).trajectory();
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            if (t <= 1) {
                assertEquals(1.0, trajectory.value(row, trajectory.indexOf("A")), EXACT, "P1 first: B -> A has no B");
            }
            assertWithinStandardErrors(trajectory, row, "A", ode.value(row, ode.indexOf("A")), runs);
        }
    }

    /**
     * Tau-leaping leaps (many molecules) but never across a change: with the phase open only on [2, 3], every run
     * has all its molecules at 2 and the counts at 3, 3.5 and 4 are those of 3 exactly.
     */
    @Test
    void tauLeapingNeverLeapsAcrossAChange() {
        ReactionNetwork network = crn("Window").species("A", 1).species("B", 0).reaction("A -> B", 0.7).when("P")
                .build();
        Simulation simulation = SimulationBuilder.of(network).until(4).points(8).atPhase(0, "none").atPhase(2, "P")
                .atPhase(3, "none").method("ssa").build();
        double volume = 100_000;
        SimulationRunner runner = SimulationRunner.of(simulation).withStochasticOptions(options -> StochasticOptions
                .ofVolume(volume).withAlgorithm(SsaAlgorithm.TAU_LEAP).withSeed(3));
        for (int seed = 0; seed < 5; seed++) {
            long runSeed = seed;
            SimulationRun run = runner.withStochasticOptions(options -> options.withSeed(runSeed)).run();
            Trajectory trajectory = run.result().trajectory();
            assertTrue(run.stochastic().orElseThrow().leaps() > 0, "tau-leaping leapt");
            double[] a = trajectory.series("A");
            double[] b = trajectory.series("B");
            for (int row = 0; row <= 4; row++) {
                assertEquals(1.0, a[row], 0.0, "no firing before the phase opens, t = " + trajectory.time(row));
            }
            assertEquals(volume, Math.rint(a[6] * volume) + Math.rint(b[6] * volume), 0.0, "A + B conserved");
            assertEquals(a[6], a[7], 0.0, "frozen after the phase closed at 3");
            assertEquals(a[6], a[8], 0.0, "frozen after the phase closed at 3");
            // tau-leaping's bias is O(epsilon) relative: about 1 % here
            assertEquals(Math.exp(-0.7), a[6], 0.02, "A at 3 after one unit of decay");
        }
    }

    /** Same seed, same numbers (any thread count); another seed, other numbers: with a clock and sets. */
    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void scheduledRunsAreReproducibleFromTheirSeed(SsaAlgorithm algorithm) {
        ReactionNetwork network = crn("Clocked").species("A", 1).species("B", 0).species("C1", 0).species("C2", 0)
                .reaction("A + C1 -> B + C1", 1.5).reaction("B + C2 -> A + C2", 0.8).build();
        Simulation simulation = SimulationBuilder.of(network).until(5).points(25).clock(0.5, "C1", "C2")
                .atSet(2.2, "A", 0.5).build();
        SimulationPlan plan = SimulationPlan.of(simulation);
        StochasticOptions options = StochasticOptions.ofVolume(50).withAlgorithm(algorithm).withRuns(7).withSeed(13);
        Trajectory sequential = new StochasticSimulator(1).run(plan, options).result().trajectory();
        Trajectory threaded = new StochasticSimulator(3).run(plan, options).result().trajectory();
        Trajectory other = new StochasticSimulator(3).run(plan, options.withSeed(14)).result().trajectory();
        for (String series : sequential.seriesNames()) {
            assertArrayEquals(sequential.series(series), threaded.series(series), 0.0, series);
        }
        assertFalse(java.util.Arrays.equals(sequential.series("A"), other.series("A")), "seeds 13 and 14 agree");
    }

    /** SimulationRunner no longer refuses ssa with changes, clocks or phases: the declaration runs end to end. */
    @Test
    void theRunnerRunsSsaWithAClockFromTheDeclaration() {
        ReactionNetwork network = crn("Phased").species("A", 1).species("B", 0).reaction("A -> B", 1).when("P2")
                .reaction("B -> A", 2).when("P1").build();
        Simulation simulation = SimulationBuilder.of(network).until(2).points(4).clock(1, "P1", "P2")
                .method("ssa", option("volume", 40, null), option("runs", 3, null)).build();
        SimulationRun run = SimulationRunner.of(simulation).run();
        assertTrue(run.stochastic().isPresent());
        Trajectory trajectory = run.result().trajectory();
        assertEquals(5, trajectory.size());
        assertEquals(1.0, trajectory.value(2, trajectory.indexOf("A")), 0.0, "P1 on [0, 1): nothing to move back");
        assertTrue(trajectory.last("A") < 1.0, "P2 on [1, 2) moved A to B");
    }

    private static Trajectory ensemble(Simulation simulation, SsaAlgorithm algorithm, double volume, int runs,
            long seed) {
        StochasticResult result = new StochasticSimulator().run(SimulationPlan.of(simulation),
                StochasticOptions.ofVolume(volume).withAlgorithm(algorithm).withRuns(runs).withSeed(seed));
        return result.result().trajectory();
    }

    /** The ensemble mean within SE_BOUND standard errors (sd / sqrt(N)) of the expected value, sd = 0 only if exact. */
    private static void assertWithinStandardErrors(Trajectory trajectory, int row, String series, double expected,
            int runs) {
        double mean = trajectory.value(row, trajectory.indexOf(series));
        double sd = trajectory.value(row, trajectory.indexOf(series + StochasticSimulator.SD_SUFFIX));
        double standardError = sd / Math.sqrt(runs);
        assertTrue(Math.abs(mean - expected) <= SE_BOUND * standardError + 1e-12, () -> String.format(
                "%s at t = %g: mean %.5f, expected %.5f, %.2f standard errors (%.5f)", series, trajectory.time(row),
                mean, expected, Math.abs(mean - expected) / standardError, standardError));
    }
}
