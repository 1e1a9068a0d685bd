package org.crnstudio.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.MassActionSystem;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * Random networks whose reactions conserve the total number of molecules (A -> B, A + B -> C + D, A + B -> 2 C).
 * Times are printed, not asserted; the conserved total and the agreement of the two methods are checked.
 */
class LargeNetworkTest {

    @Test
    void largeRandomNetworkKeepsItsTotal() {
        ReactionNetwork network = randomNetwork(2024, 2500, 4000);
        double total = totalInitial(network);
        long start = System.nanoTime();
        MassActionSystem.compile(network);
        double compileSeconds = seconds(start);
        start = System.nanoTime();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 30));
        double firstSeconds = seconds(start);
        start = System.nanoTime();
        new OdeSimulator().run(SimulationPlan.forNetwork(network, 30));
        System.out.printf("random network, 2500 species, 4000 reactions, t = 30: compile %.3f s, first run %.3f s,"
                + " second run %.3f s (compile + integrate + record 501 rows), %d RHS evaluations, %d dynamic and"
                + " %d folded species%n", compileSeconds, firstSeconds, seconds(start), result.rhsEvaluations(),
                result.dynamicSpecies().size(), result.foldedSpecies().size());
        assertEquals(30.0, result.stopTime());
        Trajectory trajectory = result.trajectory();
        assertEquals(501, trajectory.size());
        for (int row = 0; row < trajectory.size(); row += 50) {
            assertEquals(total, sum(trajectory.row(row)), 1e-6 * total, "total at row " + row);
        }
    }

    /**
     * The stiff method has no size limit: a chain A0 -> A1 -> ... -> A1199 at rate k (1,200 dynamic species, each its
     * own block of the block-triangular LU) follows the closed form A_n(t) = A0(0) e^(-kt) (kt)^n / n!.
     */
    @Test
    void stiffMethodRunsALongChainToItsClosedForm() {
        int length = 1200;
        double k = 20;
        double end = 30;
        NetworkBuilder builder = NetworkBuilder.crn("Chain").species("A0", 1);
        for (int i = 1; i < length; i++) {
            builder.species("A" + i, 0).reaction("A" + (i - 1) + " -> A" + i, k);
        }
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(builder.build(), end).withStiff(true)
                .withOutputIntervals(10));
        System.out.printf("chain of %d species to t = %.0f with ode(stiff): %s%n", length, end,
                result.statistics().describe());
        for (int n : new int[] { 0, 300, 590, 600, 610, 700, 1199 }) {
            // Poisson(kt) probability of n, in logarithms: the factorial overflows.
            double logPoisson = -k * end + n * Math.log(k * end) - logFactorial(n);
            double expected = n == length - 1 ? Double.NaN : Math.exp(logPoisson);
            if (n < length - 1) {
                assertEquals(expected, result.finalValue("A" + n), 1e-8 + 1e-5 * expected, "A" + n);
            }
        }
        assertEquals(1.0, sum(result.trajectory().row(result.trajectory().size() - 1)), 1e-9, "the total is conserved");
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    @Test
    void stiffAndExplicitMethodsAgreeOnAMidSizedNetwork() {
        ReactionNetwork network = randomNetwork(99, 60, 95);
        SimulationResult explicit = new OdeSimulator().run(SimulationPlan.forNetwork(network, 30));
        long start = System.nanoTime();
        SimulationResult stiff = new OdeSimulator().run(SimulationPlan.forNetwork(network, 30).withStiff(true));
        System.out.printf("random network, 60 species, 95 reactions, t = 30, ode(stiff) on %d dynamic species:"
                + " %.3f s, %d RHS evaluations (ode: %d)%n", stiff.dynamicSpecies().size(), seconds(start),
                stiff.rhsEvaluations(), explicit.rhsEvaluations());
        double total = totalInitial(network);
        Trajectory trajectory = stiff.trajectory();
        for (int row = 0; row < trajectory.size(); row += 50) {
            assertEquals(total, sum(trajectory.row(row)), 1e-9 * total, "total at row " + row);
            for (int series = 0; series < trajectory.seriesCount(); series += 7) {
                assertEquals(explicit.trajectory().value(row, series), trajectory.value(row, series), 1e-5,
                        trajectory.seriesNames().get(series) + " at row " + row);
            }
        }
    }

    private static ReactionNetwork randomNetwork(long seed, int speciesCount, int reactionCount) {
        Random random = new Random(seed);
        NetworkBuilder builder = NetworkBuilder.crn("Random");
        for (int s = 0; s < speciesCount; s++) {
            builder.species("S" + s, random.nextDouble());
        }
        for (int r = 0; r < reactionCount; r++) {
            String a = "S" + random.nextInt(speciesCount);
            String b = "S" + random.nextInt(speciesCount);
            String c = "S" + random.nextInt(speciesCount);
            String d = "S" + random.nextInt(speciesCount);
            double rate = 0.1 + 0.9 * random.nextDouble();
            switch (r % 3) {
                case 0 -> builder.reaction(a + " -> " + b, rate);
                case 1 -> builder.reaction(a + " + " + b + " -> " + c + " + " + d, rate);
                default -> builder.reaction(a + " + " + b + " -> 2 " + c, rate);
            }
        }
        return builder.build();
    }

    private static double totalInitial(ReactionNetwork network) {
        return network.getSpecies().stream().mapToDouble(species -> species.getInitial()).sum();
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
