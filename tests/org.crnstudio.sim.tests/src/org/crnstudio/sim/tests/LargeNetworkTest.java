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
 * A random network of 2,500 species and 4,000 reactions that conserve the total number of molecules
 * (A -> B, A + B -> C + D, A + B -> 2 C), run to t = 30. The time is printed, not asserted; the total is checked.
 */
class LargeNetworkTest {

    @Test
    void randomConservingNetworkKeepsItsTotal() {
        Random random = new Random(2024);
        int speciesCount = 2500;
        NetworkBuilder builder = NetworkBuilder.crn("Random");
        double total = 0;
        for (int s = 0; s < speciesCount; s++) {
            double initial = random.nextDouble();
            total += initial;
            builder.species("S" + s, initial);
        }
        for (int r = 0; r < 4000; r++) {
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
        ReactionNetwork network = builder.build();
        long start = System.nanoTime();
        MassActionSystem.compile(network);
        double compileSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, 30));
        double seconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        new OdeSimulator().run(SimulationPlan.forNetwork(network, 30));
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("random network, 2500 species, 4000 reactions, t = 30: compile %.3f s, first run %.3f s,"
                + " second run %.3f s (compile + integrate + record 501 rows), %d RHS evaluations, %d dynamic and"
                + " %d folded species%n", compileSeconds, seconds, warmSeconds, result.rhsEvaluations(),
                result.dynamicSpecies().size(), result.foldedSpecies().size());
        Trajectory trajectory = result.trajectory();
        assertEquals(30.0, result.stopTime());
        for (int row = 0; row < trajectory.size(); row += 50) {
            double sum = 0;
            for (double value : trajectory.row(row)) {
                sum += value;
            }
            assertEquals(total, sum, 1e-6 * total, "total at row " + row);
        }
        assertTrue(trajectory.size() == 501);
    }
}
