package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.SimulationBuilder.option;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.crnstudio.model.Option;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.sim.OdeSession;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Noise as seed 002 defines it: N(0, 1) terms redrawn every t0, held for t1, seeded and reproducible. */
class NoiseTest {

    private static final int REACTIONS = 20;

    /** X_i -> Y_i @ 1 for i < 20, and A + E -> B + E @ 1 with a folded E = 1. */
    private static ReactionNetwork independent() {
        NetworkBuilder builder = crn("Independent").species("A", 1).species("E", 1);
        for (int i = 0; i < REACTIONS; i++) {
            builder.species("X" + i, 1).reaction("X" + i + " -> Y" + i, 1);
        }
        return builder.reaction("A + E -> B + E", 1).build();
    }

    private static SimulationPlan noisy(double eps, boolean rates, String... species) {
        return SimulationPlan.forNetwork(independent(), 100).withNoise(new NoiseSettings(eps, NoiseSettings.DEFAULT_T0,
                NoiseSettings.DEFAULT_T1, rates, Arrays.asList(species), 0)).withSeed(42);
    }

    @Test
    void rateNoiseIsOnForTheFractionT1OverT0OfTheTime() {
        OdeSession session = OdeSession.start(noisy(0.1, true));
        Random times = new Random(3);
        double t = 0;
        int samples = 5000;
        int active = 0;
        for (int i = 0; i < samples; i++) {
            t += times.nextDouble() * 0.02; // sampling independent of the windows
            session.advanceTo(t);
            if (session.rateFactors()[0] != 1.0) {
                active++;
            }
        }
        double fraction = (double) active / samples;
        // Binomial standard deviation sqrt(0.1 * 0.9 / 5000) = 0.0042: 4 of them.
        assertEquals(NoiseSettings.DEFAULT_T1 / NoiseSettings.DEFAULT_T0, fraction, 0.017, "active fraction");
    }

    @Test
    void rateNoiseTermsAreStandardNormalAndIndependentPerReaction() {
        double eps = 0.1;
        OdeSession session = OdeSession.start(noisy(eps, true));
        int windows = 1000;
        double[] draws = new double[windows * REACTIONS];
        double t0 = NoiseSettings.DEFAULT_T0;
        for (int k = 0; k < windows; k++) {
            session.advanceTo(k * t0 + NoiseSettings.DEFAULT_T1 / 2);
            double[] factors = session.rateFactors();
            for (int j = 0; j < REACTIONS; j++) {
                // k(t) = k |1 + eps xi|; with eps = 0.1, 1 + eps xi > 0 unless xi < -10.
                draws[k * REACTIONS + j] = (factors[j] - 1) / eps;
            }
            session.advanceTo(k * t0 + 0.75 * t0);
            assertTrue(Arrays.stream(session.rateFactors()).allMatch(f -> f == 1.0), "no noise outside a window");
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new org.hipparchus.distribution.continuous.NormalDistribution(0, 1), draws, false);
        assertTrue(p > 0.001, "KS test against N(0, 1): p = " + p);
        // Neighbouring reactions are independent: their correlation is within 4 / sqrt(n) of 0.
        double correlation = 0;
        for (int k = 0; k < windows; k++) {
            correlation += draws[k * REACTIONS] * draws[k * REACTIONS + 1];
        }
        assertEquals(0, correlation / windows, 4 / Math.sqrt(windows));
    }

    /**
     * The paper's form |k + eps xi| on constants other than 1 (here 4 and 0.5): the factor is |k + eps xi| / k, so
     * (factor k - k) / eps recovers xi ~ N(0, 1) for both; the same seed and draws in the relative form give
     * |1 + eps xi| instead, so eps xi / k is the absolute perturbation's relative size.
     */
    @Test
    void absoluteRateNoiseIsThePapersFormForAnyConstant() {
        ReactionNetwork network = crn("Two").species("A", 1).species("B", 1).reaction("A -> 0", 4)
                .reaction("B -> 0", 0.5).build();
        double eps = 0.1;
        OdeSession absolute = OdeSession.start(SimulationPlan.forNetwork(network, 100).withNoise(new NoiseSettings(eps,
                0.05, 0.005, true, NoiseSettings.RateForm.ABSOLUTE, java.util.List.of(), 0)).withSeed(9));
        OdeSession relative = OdeSession.start(SimulationPlan.forNetwork(network, 100).withNoise(new NoiseSettings(eps,
                0.05, 0.005, true, java.util.List.of(), 0)).withSeed(9));
        int windows = 500;
        double[][] draws = new double[2][windows];
        double[] constants = { 4, 0.5 };
        for (int k = 0; k < windows; k++) {
            absolute.advanceTo(k * 0.05 + 0.0025);
            relative.advanceTo(k * 0.05 + 0.0025);
            for (int j = 0; j < 2; j++) {
                double factor = absolute.rateFactors()[j];
                // 0.5 + 0.1 xi < 0 needs xi < -5: the absolute value never folds a draw here.
                draws[j][k] = (factor * constants[j] - constants[j]) / eps;
                assertEquals(Math.abs(1 + eps * draws[j][k]), relative.rateFactors()[j], 1e-12,
                        "the relative form draws the same xi, window " + k);
            }
        }
        for (int j = 0; j < 2; j++) {
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                    new org.hipparchus.distribution.continuous.NormalDistribution(0, 1), draws[j], false);
            assertTrue(p > 0.001, "reaction " + j + ": KS test against N(0, 1): p = " + p);
        }
    }

    @Test
    void aSimulationChoosesTheFormWithItsAbsoluteOption() {
        ReactionNetwork network = independent();
        SimulationPlan absolute = SimulationPlan.of(SimulationBuilder.of(network).until(1)
                .noise(new Option[] { option("absolute", 1, "true") }).build());
        SimulationPlan relative = SimulationPlan.of(SimulationBuilder.of(network).until(1)
                .noise(new Option[] { option("eps", 0.2, null) }).build());
        assertEquals(NoiseSettings.RateForm.ABSOLUTE, absolute.noise().form());
        assertEquals(NoiseSettings.RateForm.RELATIVE, relative.noise().form());
    }

    /** Quiet reactions keep their rates; the others get exactly the draws they get when no reaction is quiet. */
    @Test
    void quietReactionsKeepTheirRatesAndTheOthersTheirDraws() {
        NoiseSettings all = new NoiseSettings(0.1, 0.05, 0.005, true, java.util.List.of(), 0);
        NoiseSettings someQuiet = new NoiseSettings(0.1, 0.05, 0.005, true, NoiseSettings.RateForm.RELATIVE,
                java.util.Set.of(0, 5), java.util.List.of(), 0);
        OdeSession loud = OdeSession.start(SimulationPlan.forNetwork(independent(), 100).withNoise(all).withSeed(4));
        OdeSession quiet = OdeSession.start(SimulationPlan.forNetwork(independent(), 100).withNoise(someQuiet).withSeed(4));
        for (int k = 0; k < 50; k++) {
            loud.advanceTo(k * 0.05 + 0.001);
            quiet.advanceTo(k * 0.05 + 0.001);
            double[] expected = loud.rateFactors();
            expected[0] = 1;
            expected[5] = 1;
            assertArrayEquals(expected, quiet.rateFactors(), "window " + k);
            assertTrue(loud.rateFactors()[0] != 1 && loud.rateFactors()[5] != 1, "the loud run's draws are on");
        }
    }

    @Test
    void speciesNoiseHoldsAnAbsoluteOffsetDuringTheWindowOnly() {
        // Folded E gets |1 + eps xi| in each window and 1 outside; rates are left alone.
        double eps = 0.3;
        OdeSession session = OdeSession.start(noisy(eps, false, "E"));
        double[] draws = new double[400];
        for (int k = 0; k < draws.length; k++) {
            session.advanceTo(k * NoiseSettings.DEFAULT_T0 + 0.001);
            draws[k] = session.concentration("E");
            assertEquals(1.0, session.rateFactors()[0], "rates = false leaves the rates alone");
            session.advanceTo(k * NoiseSettings.DEFAULT_T0 + 0.02);
            assertEquals(1.0, session.concentration("E"), 1e-15, "E back to 1 after window " + k);
        }
        // |1 + 0.3 xi| = 1 + 0.3 xi unless xi < -3.33 (probability 4e-4): recover xi and test it.
        double[] xi = Arrays.stream(draws).map(e -> (e - 1) / eps).toArray();
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new org.hipparchus.distribution.continuous.NormalDistribution(0, 1), xi, false);
        assertTrue(p > 0.001, "KS test against N(0, 1): p = " + p);
    }

    @Test
    void aSeedReproducesARunAndAnotherSeedChangesIt() {
        ReactionNetwork network = independent();
        Option[] options = { option("eps", 0.3, null) };
        SimulationResult first = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(2).points(20).noise(options, "A").seed(7).build()));
        SimulationResult again = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(2).points(20).noise(options, "A").seed(7).build()));
        SimulationResult other = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(2).points(20).noise(options, "A").seed(8).build()));
        assertArrayEquals(first.trajectory().series("A"), again.trajectory().series("A"));
        assertArrayEquals(first.trajectory().series("Y3"), again.trajectory().series("Y3"));
        assertFalse(Arrays.equals(first.trajectory().series("A"), other.trajectory().series("A")));
        // Rate noise only: over 40 windows |1 + 0.3 xi| averages close to 1, so X0 stays near the clean e^{-2}
        // (the windows cover a tenth of the time; the spread of the integrated rate is about 0.3 * sqrt(40) * t1).
        SimulationResult rates = new OdeSimulator().run(SimulationPlan.of(
                SimulationBuilder.of(network).until(2).points(20).noise(options).seed(7).build()));
        assertEquals(Math.exp(-2), rates.finalValue("X0"), 0.02 * Math.exp(-2));
        assertFalse(rates.finalValue("X0") == Math.exp(-2));
    }

    @Test
    void zeroOrderProductionIntegratesTheNoisyRateExactly() {
        // 0 -> P @ 1 with rate noise: P(T) = T + sum over windows of t1 (|1 + eps xi_k| - 1), and the window draws
        // are read back from the session at each window's middle: an independent check of the segment bookkeeping.
        ReactionNetwork network = crn("Source").species("P", 0).reaction("0 -> P", 1).build();
        double eps = 0.2;
        SimulationPlan plan = SimulationPlan.forNetwork(network, 1).withNoise(new NoiseSettings(eps, 0.05, 0.005, true,
                java.util.List.of(), 0)).withSeed(5);
        OdeSession session = OdeSession.start(plan);
        double expected = 0;
        for (int k = 0; k < 20; k++) {
            session.advanceTo(k * 0.05 + 0.0025);
            double factor = session.rateFactors()[0];
            expected += 0.005 * factor + 0.045;
        }
        session.advanceTo(1.0);
        assertEquals(expected, session.concentration("P"), 1e-9);
    }
}
