package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Quantities the dynamics conserve, checked along whole trajectories. */
class InvariantsTest {

    @Test
    void lotkaVolterraKeepsItsFirstIntegral() {
        double k1 = 1.0;
        double k2 = 0.005;
        double k3 = 0.6;
        ReactionNetwork network = crn("LotkaVolterra").parameter("k1", k1).parameter("k2", k2).parameter("k3", k3)
                .species("Prey", 100).species("Predator", 20)
                .reaction("Prey -> 2 Prey", "k1").reaction("Prey + Predator -> 2 Predator", "k2")
                .reaction("Predator -> 0", "k3").build();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 50));
        Trajectory trajectory = result.trajectory();
        double[] x = trajectory.series("Prey");
        double[] y = trajectory.series("Predator");
        // dx = k1 x - k2 x y, dy = k2 x y - k3 y conserve V = k2 x - k3 ln x + k2 y - k1 ln y.
        double v0 = k2 * x[0] - k3 * Math.log(x[0]) + k2 * y[0] - k1 * Math.log(y[0]);
        double drift = 0;
        double minimum = Double.POSITIVE_INFINITY;
        for (int row = 0; row < x.length; row++) {
            double v = k2 * x[row] - k3 * Math.log(x[row]) + k2 * y[row] - k1 * Math.log(y[row]);
            drift = Math.max(drift, Math.abs(v - v0));
            minimum = Math.min(minimum, Math.min(x[row], y[row]));
        }
        System.out.printf("Lotka-Volterra over [0, 50]: max |V - V0| = %.3g (|V0| = %.4f), %d RHS evaluations%n",
                drift, Math.abs(v0), result.rhsEvaluations());
        assertTrue(drift < 1e-6 * Math.abs(v0), "invariant drift " + drift);
        assertTrue(minimum > 0, "both populations stay positive");
        // It oscillates: the prey passes through its extremes several times in 50 time units.
        assertTrue(countLocalMaxima(x) >= 3, "prey maxima " + countLocalMaxima(x));
    }

    @Test
    void closedNetworkConservesItsMoieties() {
        // A + B <-> C, C -> D + B, D -> A: A + C + D and B + C are conserved.
        ReactionNetwork network = crn("Closed").species("A", 1).species("B", 0.4).species("C", 0.1)
                .reversible("A + B <-> C", 3, 0.5).reaction("C -> D + B", 1.2).reaction("D -> A", 0.8).build();
        Trajectory trajectory = new OdeSimulator().run(SimulationPlan.forNetwork(network, 20)).trajectory();
        double[] a = trajectory.series("A");
        double[] b = trajectory.series("B");
        double[] c = trajectory.series("C");
        double[] d = trajectory.series("D");
        for (int row = 0; row < a.length; row++) {
            assertEquals(1.1, a[row] + c[row] + d[row], 1e-9, "A + C + D at row " + row);
            assertEquals(0.5, b[row] + c[row], 1e-9, "B + C at row " + row);
        }
        assertTrue(Math.abs(a[a.length - 1] - 1) > 0.1, "the network actually moved");
    }

    private static int countLocalMaxima(double[] values) {
        int count = 0;
        for (int i = 1; i + 1 < values.length; i++) {
            if (values[i] > values[i - 1] && values[i] >= values[i + 1]) {
                count++;
            }
        }
        return count;
    }
}
