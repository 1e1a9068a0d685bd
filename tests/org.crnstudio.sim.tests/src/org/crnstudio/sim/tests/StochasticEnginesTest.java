package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.SimulationMonitor;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SsaAlgorithm;
import org.crnstudio.sim.StochasticOptions;
import org.crnstudio.sim.StochasticResult;
import org.crnstudio.sim.StochasticSimulator;
import org.crnstudio.sim.StochasticSystem;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three stochastic algorithms: the propensity convention, agreement in distribution, tau-leaping's
 * non-negative populations, reproducibility from the seed, threads that change nothing, per-run observables and
 * cancellation.
 */
class StochasticEnginesTest {

    @Test
    void propensitiesAreMassActionInCountsWithoutCombinatorialFactors() {
        double volume = 10;
        ReactionNetwork network = crn("Orders").species("A", 0.5).species("B", 0.3).species("C", 0.2)
                .reaction("0 -> A", 2).reaction("A -> B", 0.7).reaction("A + B -> C", 3).reaction("2 A -> C", 0.3)
                .reaction("2 A + B -> C", 0.9).build();
        StochasticSystem system = StochasticSystem.compile(network, new double[] {0.5, 0.3, 0.2}, volume, 1);
        long[] counts = system.initialState();
        assertArrayEquals(new long[] {5, 3, 2}, counts, "round(c V) molecules");
        // k V^(1 - n) prod X (X - 1) ... : the ODE's k prod x^a in counts, without 1/2! for 2 A
        assertEquals(2 * 10, system.propensity(0, counts), 1e-12);
        assertEquals(0.7 * 5, system.propensity(1, counts), 1e-12);
        assertEquals(3 / 10.0 * 5 * 3, system.propensity(2, counts), 1e-12);
        assertEquals(0.3 / 10 * 5 * 4, system.propensity(3, counts), 1e-12);
        assertEquals(0.9 / 100 * 5 * 4 * 3, system.propensity(4, counts), 1e-12);
        assertEquals(0, system.propensity(3, new long[] {1, 3, 0}), 0.0, "2 A cannot fire with one A");
    }

    @Test
    void catalystsAreFoldedIntoThePropensities() {
        ReactionNetwork network = crn("Catalysed").species("E", 0.4).species("S", 1).reaction("E + S -> E + P", 2)
                .build();
        StochasticSystem system = StochasticSystem.compile(network, new double[] {0.4, 1, 0}, 10, 1);
        assertEquals(List.of("E"), system.foldedSpecies().stream().map(s -> s.getName()).toList());
        long[] counts = system.initialState(); // S, P
        assertEquals(2 / 10.0 * 4 * 10, system.propensity(0, counts), 1e-12);
    }

    @Test
    void theThreeAlgorithmsAgreeInDistribution() {
        // Dimerisation 2 A -> B plus A -> 0 from 60 molecules: nonlinear, so the count at t = 0.5 is not binomial.
        ReactionNetwork network = crn("Dimer").species("A", 3).reaction("2 A -> B", 0.5).reaction("A -> 0", 0.4)
                .build();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 0.5).withOutputIntervals(1);
        int samples = 600;
        double[] direct = finalCounts(plan, SsaAlgorithm.DIRECT, samples, 0);
        double[] next = finalCounts(plan, SsaAlgorithm.NEXT_REACTION, samples, 100_000);
        double[] leap = finalCounts(plan, SsaAlgorithm.TAU_LEAP, samples, 200_000);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(17);
        double directNext = ks.kolmogorovSmirnovTest(direct, next);
        double directLeap = ks.kolmogorovSmirnovTest(direct, leap);
        double nextLeap = ks.kolmogorovSmirnovTest(next, leap);
        System.out.printf("2A -> B, A -> 0, A at t = 0.5 over %d runs: means %.2f / %.2f / %.2f; KS p = %.3f,"
                + " %.3f, %.3f%n", samples, mean(direct), mean(next), mean(leap), directNext, directLeap, nextLeap);
        assertTrue(directNext > 0.01, "direct and next reaction differ: p = " + directNext);
        assertTrue(directLeap > 0.01, "direct and tau-leaping differ: p = " + directLeap);
        assertTrue(nextLeap > 0.01, "next reaction and tau-leaping differ: p = " + nextLeap);
        // and the test can tell distributions apart: the same runs 5 % later are rejected
        double[] later = finalCounts(SimulationPlan.forNetwork(network, 0.6).withOutputIntervals(1),
                SsaAlgorithm.DIRECT, samples, 300_000);
        assertTrue(ks.kolmogorovSmirnovTest(direct, later) < 0.01, "the test has power");
    }

    @Test
    void tauLeapingNeverMakesAPopulationNegative() {
        // Stiff-ish: a fast reversible pair on few molecules beside a slow drain; A + B -> C consumes two species
        // that run out, so uncontrolled leaps would overdraw.
        ReactionNetwork network = crn("Stiff").species("A", 0.3).species("B", 0.25)
                .reversible("A <-> D", 1000, 800).reaction("A + B -> C", 50).reaction("D -> 0", 0.5).build();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 5).withOutputIntervals(500);
        long leaps = 0;
        for (int seed = 0; seed < 20; seed++) {
            StochasticResult result = new StochasticSimulator(1).run(plan, StochasticOptions.ofVolume(100)
                    .withAlgorithm(SsaAlgorithm.TAU_LEAP).withSeed(seed).withEpsilon(0.1));
            Trajectory trajectory = result.result().trajectory();
            for (int row = 0; row < trajectory.size(); row++) {
                for (int series = 0; series < trajectory.seriesCount(); series++) {
                    assertTrue(trajectory.value(row, series) >= 0, "seed " + seed + ", row " + row + ": "
                            + trajectory.seriesNames().get(series) + " = " + trajectory.value(row, series));
                }
                double countB = trajectory.value(row, trajectory.indexOf("B")) * 100;
                double countC = trajectory.value(row, trajectory.indexOf("C")) * 100;
                assertEquals(25, countB + countC, 1e-9, "B + C is conserved");
            }
            leaps += result.statistics().leaps();
        }
        assertTrue(leaps > 1000, "the runs leapt (" + leaps + " leaps)");
    }

    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void aSeedReproducesItsTrajectoryAndOtherSeedsDiffer(SsaAlgorithm algorithm) {
        ReactionNetwork network = lotkaVolterra();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 5).withOutputIntervals(50);
        StochasticOptions options = StochasticOptions.ofVolume(1).withAlgorithm(algorithm).withSeed(42);
        Trajectory first = new StochasticSimulator(1).run(plan, options).result().trajectory();
        Trajectory again = new StochasticSimulator(1).run(plan, options).result().trajectory();
        Trajectory other = new StochasticSimulator(1).run(plan, options.withSeed(43)).result().trajectory();
        assertArrayEquals(first.series("Prey"), again.series("Prey"), 0.0);
        assertArrayEquals(first.series("Predator"), again.series("Predator"), 0.0);
        assertFalse(java.util.Arrays.equals(first.series("Prey"), other.series("Prey")), "seeds 42 and 43 agree");
    }

    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void anEnsembleOnThreadsGivesTheNumbersOfASequentialRun(SsaAlgorithm algorithm) {
        SimulationPlan plan = SimulationPlan.forNetwork(lotkaVolterra(), 5).withOutputIntervals(40);
        StochasticOptions options = StochasticOptions.ofVolume(1).withAlgorithm(algorithm).withRuns(9).withSeed(5);
        Trajectory sequential = new StochasticSimulator(1).run(plan, options).result().trajectory();
        Trajectory threaded = new StochasticSimulator(4).run(plan, options).result().trajectory();
        assertEquals(List.of("Prey", "Predator", "Prey_sd", "Predator_sd"), threaded.seriesNames());
        for (String series : threaded.seriesNames()) {
            assertArrayEquals(sequential.series(series), threaded.series(series), 0.0, series);
        }
    }

    @Test
    void observablesAreEvaluatedPerRunThenAveraged() {
        // y = A - B with A + B = 40 molecules in every run: y = 2 A - 40 / V per run, so sd(y) = 2 sd(A) exactly,
        // which a difference of averaged columns would not give.
        NetworkBuilder builder = crn("Rails").species("A", 4).species("B", 0).reversible("A <-> B", 1, 1);
        ReactionNetwork network = builder.observable("y",
                NetworkBuilder.binary(builder.ref("A"), BinaryOperator.SUBTRACT, builder.ref("B"))).build();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 1).withOutputIntervals(5);
        Trajectory trajectory = new StochasticSimulator().run(plan, StochasticOptions.ofVolume(10).withRuns(30)
                .withSeed(8)).result().trajectory();
        for (int row = 1; row < trajectory.size(); row++) {
            double a = trajectory.value(row, trajectory.indexOf("A"));
            double b = trajectory.value(row, trajectory.indexOf("B"));
            assertEquals(a - b, trajectory.value(row, trajectory.indexOf("y")), 1e-12);
            assertEquals(2 * trajectory.value(row, trajectory.indexOf("A_sd")),
                    trajectory.value(row, trajectory.indexOf("y_sd")), 1e-12);
            assertTrue(trajectory.value(row, trajectory.indexOf("y_sd")) > 0);
        }
    }

    @Test
    void aCanceledRunStopsWithTheRowsSoFar() {
        SimulationPlan plan = SimulationPlan.forNetwork(lotkaVolterra(), 50).withOutputIntervals(100);
        for (int threads : new int[] {1, 2}) {
            int[] rows = {0};
            SimulationMonitor cancelAfterThreeRows = new SimulationMonitor() {
                @Override
                public boolean isCanceled() {
                    return rows[0] >= 3;
                }

                @Override
                public void rowAdded(Trajectory trajectory, int row) {
                    rows[0] = trajectory.size();
                }
            };
            StochasticResult result = new StochasticSimulator(threads).run(plan,
                    StochasticOptions.ofVolume(20).withRuns(threads), cancelAfterThreeRows);
            assertTrue(result.result().canceled());
            assertEquals(3, result.result().trajectory().size());
            assertEquals(1.0, result.result().stopTime(), 1e-12);
        }
    }

    private static double[] finalCounts(SimulationPlan plan, SsaAlgorithm algorithm, int samples, long firstSeed) {
        double[] counts = new double[samples];
        StochasticSimulator simulator = new StochasticSimulator(1);
        for (int i = 0; i < samples; i++) {
            StochasticOptions options = StochasticOptions.ofVolume(20).withAlgorithm(algorithm).withSeed(firstSeed + i);
            counts[i] = simulator.run(plan, options).result().trajectory().last("A") * 20;
        }
        return counts;
    }

    private static ReactionNetwork lotkaVolterra() {
        return crn("LotkaVolterra").species("Prey", 100).species("Predator", 20).reaction("Prey -> 2 Prey", 1.0)
                .reaction("Prey + Predator -> 2 Predator", 0.005).reaction("Predator -> 0", 0.6).build();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
