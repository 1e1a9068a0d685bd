package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SsaAlgorithm;
import org.crnstudio.sim.StochasticOptions;
import org.crnstudio.sim.StochasticResult;
import org.crnstudio.sim.StochasticSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stochastic engines against exact distributions: the birth-death process's stationary Poisson law (mean and
 * variance k V / g, by time averaging with batch means for honest standard errors), and the ensemble mean of the
 * linear network A <-> B against the ODE's closed form at every output time, within 3 standard errors.
 */
class StochasticStatisticsTest {

    @ParameterizedTest
    @EnumSource(value = SsaAlgorithm.class, names = {"DIRECT", "NEXT_REACTION"})
    void birthDeathIsPoissonWithMeanAndVarianceKVOverG(SsaAlgorithm algorithm) {
        double k = 5;
        double g = 0.5;
        double volume = 10;
        double expected = k * volume / g; // 100 molecules: the stationary law is Poisson(k V / g)
        ReactionNetwork network = crn("BirthDeath").species("X", expected / volume).reaction("0 -> X", k)
                .reaction("X -> 0", g).build();
        int batches = 40;
        double batchLength = 100; // 50 correlation times 1/g: batch means are nearly independent
        double burnIn = 20;
        double step = 0.25;
        int perBatch = (int) Math.round(batchLength / step);
        double end = burnIn + batches * batchLength;
        SimulationPlan plan = SimulationPlan.forNetwork(network, end).withOutputIntervals((int) Math.round(end / step));
        StochasticResult result = new StochasticSimulator(1).run(plan, StochasticOptions.ofVolume(volume)
                .withAlgorithm(algorithm).withSeed(11));
        double[] counts = result.result().trajectory().series("X");
        int first = (int) Math.round(burnIn / step) + 1;
        double[] batchMeans = new double[batches];
        double[] batchVariances = new double[batches];
        for (int b = 0; b < batches; b++) {
            double[] batch = new double[perBatch];
            for (int i = 0; i < perBatch; i++) {
                batch[i] = counts[first + b * perBatch + i] * volume;
            }
            batchMeans[b] = mean(batch);
            batchVariances[b] = variance(batch, batchMeans[b]);
        }
        double mean = mean(batchMeans);
        double meanError = Math.sqrt(variance(batchMeans, mean) / batches);
        double meanVariance = mean(batchVariances);
        double varianceError = Math.sqrt(variance(batchVariances, meanVariance) / batches);
        System.out.printf("birth-death %s: mean %.2f +- %.2f (exact %.0f), within-batch variance %.1f +- %.1f, %d events%n",
                algorithm.word(), mean, meanError, expected, meanVariance, varianceError, result.statistics().events());
        assertTrue(Math.abs(mean - expected) < 3 * meanError, "mean " + mean + " +- " + meanError);
        // A batch's sample variance is below the stationary variance by the correlation of its samples: the count's
        // stationary autocorrelation is exactly exp(-g t), so E[s^2] = var (1 - 2 sum_d (n - d) rho^d / (n (n - 1))).
        double rho = Math.exp(-g * step);
        double correlated = 0;
        for (int d = 1; d < perBatch; d++) {
            correlated += (perBatch - d) * Math.pow(rho, d);
        }
        double expectedWithin = expected * (1 - 2 * correlated / ((double) perBatch * (perBatch - 1)));
        assertTrue(Math.abs(meanVariance - expectedWithin) < 3 * varianceError,
                "variance " + meanVariance + " +- " + varianceError + ", expected " + expectedWithin);
        assertTrue(meanError < 0.02 * expected && varianceError < 0.1 * expected, "the test has power");
    }

    @ParameterizedTest
    @EnumSource(SsaAlgorithm.class)
    void ensembleMeanOfAReversibleIsomerisationFollowsTheOde(SsaAlgorithm algorithm) {
        double kf = 2;
        double kr = 1;
        double a0 = 1;
        double volume = 50;
        int runs = 400;
        ReactionNetwork network = crn("Iso").species("A", a0).species("B", 0).reversible("A <-> B", kf, kr).build();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 2).withOutputIntervals(10);
        StochasticResult result = new StochasticSimulator().run(plan, StochasticOptions.ofVolume(volume)
                .withRuns(runs).withAlgorithm(algorithm).withSeed(3));
        Trajectory trajectory = result.result().trajectory();
        assertEquals(Arrays.asList("A", "B", "A_sd", "B_sd"), trajectory.seriesNames());
        double equilibrium = a0 * kr / (kf + kr);
        int outside = 0;
        double worst = 0;
        for (int row = 0; row < trajectory.size(); row++) {
            double t = trajectory.time(row);
            double exact = equilibrium + (a0 - equilibrium) * Math.exp(-(kf + kr) * t);
            double mean = trajectory.value(row, 0);
            double sd = trajectory.value(row, 2);
            if (row == 0) {
                assertEquals(a0, mean, 0.0);
                assertEquals(0, sd, 0.0);
                continue;
            }
            // Each molecule is independently A with probability p = exact / a0: the count is Binomial(N, p).
            double p = exact / a0;
            double binomialSd = Math.sqrt(a0 * volume * p * (1 - p)) / volume;
            double standardError = sd / Math.sqrt(runs);
            worst = Math.max(worst, Math.abs(mean - exact) / standardError);
            outside += Math.abs(mean - exact) < 3 * standardError ? 0 : 1;
            // the sample deviation of 400 runs is within 4 of its standard errors sd / sqrt(2 (N - 1))
            assertEquals(binomialSd, sd, 4 * binomialSd / Math.sqrt(2.0 * (runs - 1)), "sd at t = " + t);
            assertEquals(a0, mean + trajectory.value(row, 1), 1e-12, "A + B is conserved in every run");
        }
        System.out.printf("A <-> B %s, %d runs: largest |mean - ODE| = %.2f standard errors%n", algorithm.word(),
                runs, worst);
        assertEquals(0, outside, "output times where the mean is more than 3 standard errors from the ODE");
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
