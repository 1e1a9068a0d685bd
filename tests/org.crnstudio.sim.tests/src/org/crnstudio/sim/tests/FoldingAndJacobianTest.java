package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.JacobianPattern;
import org.crnstudio.sim.MassActionSystem;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** The compiled system: folding of constant species, the right-hand side by hand, the Jacobian by differences. */
class FoldingAndJacobianTest {

    @Test
    void catalystIsFoldedAndGivesTheSameTrajectoryAsAnExplicitConstant() {
        ReactionNetwork catalysed = crn("Catalysed").species("A", 1).species("E", 0.5).species("Idle", 3)
                .reaction("A + E -> B + E", 0.8).reaction("B + 2 E -> A + 2 E", 0.1).build();
        ReactionNetwork explicit = crn("Explicit").species("A", 1).reaction("A -> B", 0.8 * 0.5)
                .reaction("B -> A", 0.1 * 0.25).build();
        SimulationResult folded = new OdeSimulator().run(SimulationPlan.forNetwork(catalysed, 10));
        SimulationResult plain = new OdeSimulator().run(SimulationPlan.forNetwork(explicit, 10));
        assertEquals(List.of("A", "B"), folded.dynamicSpecies());
        assertEquals(List.of("E", "Idle"), folded.foldedSpecies());
        assertEquals(List.of("A", "E", "Idle", "B"), folded.trajectory().seriesNames());
        Trajectory a = folded.trajectory();
        Trajectory b = plain.trajectory();
        assertEquals(b.size(), a.size());
        for (int row = 0; row < a.size(); row++) {
            assertEquals(b.value(row, 0), a.value(row, 0), 1e-13, "A at row " + row);
            assertEquals(b.value(row, 1), a.value(row, 3), 1e-13, "B at row " + row);
            assertEquals(0.5, a.value(row, 1), "the catalyst stays at its initial value");
            assertEquals(3.0, a.value(row, 2), "an untouched species stays at its initial value");
        }
    }

    @Test
    void rightHandSideMatchesHandComputedMassAction() {
        // 2A + B -> C @ 3 at A = 2, B = 5: flux 3 * 2^2 * 5 = 60; A loses 120, B 60, C gains 60.
        // C <-> 0 @ 0.5, 0.25 at C = 1: C changes by -0.5 + 0.25.
        ReactionNetwork network = crn("Hand").species("A", 2).species("B", 5).species("C", 1)
                .reaction("2 A + B -> C", 3).reversible("C <-> 0", 0.5, 0.25).build();
        MassActionSystem system = MassActionSystem.compile(network);
        double[] derivatives = new double[3];
        system.derivatives(system.initialState(), derivatives);
        assertArrayEquals(new double[] { -120, -60, 60 - 0.25 }, derivatives, 1e-12);
        assertEquals(3, system.reactionCount());
    }

    @Test
    void rightHandSideOfEveryKindOfMonomialMatchesHandComputedMassAction() {
        // One monomial of each kind the right-hand side evaluates separately: A + B (bilinear), A and C E with E
        // folded (linear), 2 B (squared), 0 (constant source), A + B + C (trimolecular).
        ReactionNetwork network = crn("Kinds").species("A", 2).species("B", 5).species("C", 1).species("E", 0.4)
                .reaction("A + B -> C", 2).reaction("A -> B", 0.5).reaction("2 B -> A", 0.1).reaction("0 -> A", 0.3)
                .reaction("A + B + C -> 0", 0.05).reaction("C + E -> A + E", 1).build();
        MassActionSystem system = MassActionSystem.compile(network);
        double[] derivatives = new double[3];
        // Fluxes at (2, 5, 1): 20, 1, 2.5, 0.3, 0.5, 0.4.
        system.derivatives(new double[] { 2, 5, 1 }, derivatives);
        assertArrayEquals(new double[] { -20 - 1 + 2.5 + 0.3 - 0.5 + 0.4, -20 + 1 - 5 - 0.5, 20 - 0.5 - 0.4 },
                derivatives, 1e-12);
        // Again at (1, 1, 1), into the same array: fluxes 2, 0.5, 0.1, 0.3, 0.05, 0.4.
        system.derivatives(new double[] { 1, 1, 1 }, derivatives);
        assertArrayEquals(new double[] { -2 - 0.5 + 0.1 + 0.3 - 0.05 + 0.4, -2 + 0.5 - 0.2 - 0.05, 2 - 0.05 - 0.4 },
                derivatives, 1e-12);
    }

    @Test
    void jacobianMatchesCentralDifferences() {
        ReactionNetwork network = crn("Mixed").species("E", 0.7).species("A", 1.3).species("B", 0.4)
                .species("C", 0.9).species("D", 0.2)
                .reaction("A + B -> C", 1.5).reaction("2 A -> D", 0.4).reaction("3 B + C -> 2 B + D", 0.6)
                .reversible("D <-> A + C", 0.9, 0.3).reaction("A + E -> B + E", 2.0).reaction("0 -> B", 0.05)
                .reaction("2 C + A -> 0", 0.7).build();
        MassActionSystem system = MassActionSystem.compile(network);
        assertEquals(List.of("E"), system.foldedSpecies().stream().map(Species::getName).toList());
        int n = system.dimension();
        Random random = new Random(7);
        for (int trial = 0; trial < 5; trial++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 0.1 + 2 * random.nextDouble();
            }
            double[][] analytic = system.jacobian(x);
            JacobianPattern pattern = system.jacobianPattern();
            for (int j = 0; j < n; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(x[j]));
                double[] up = x.clone();
                double[] down = x.clone();
                up[j] += h;
                down[j] -= h;
                double[] fUp = new double[n];
                double[] fDown = new double[n];
                system.derivatives(up, fUp);
                system.derivatives(down, fDown);
                for (int i = 0; i < n; i++) {
                    double difference = (fUp[i] - fDown[i]) / (2 * h);
                    assertEquals(difference, analytic[i][j], 1e-6 * Math.max(1, Math.abs(difference)),
                            "d f" + i + " / d x" + j);
                    if (pattern.entry(i, j) < 0) {
                        assertEquals(0.0, difference, 1e-9, "outside the pattern the Jacobian is zero");
                    }
                }
            }
        }
    }
}
