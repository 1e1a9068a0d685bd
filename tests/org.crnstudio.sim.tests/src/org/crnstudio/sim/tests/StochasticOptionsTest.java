package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.SimulationBuilder.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationRun;
import org.crnstudio.sim.SimulationRunner;
import org.crnstudio.sim.SsaAlgorithm;
import org.crnstudio.sim.StochasticOptions;
import org.junit.jupiter.api.Test;

/** Reading {@code method ssa(...)} and dispatching a declaration to the right engine. */
class StochasticOptionsTest {

    private static ReactionNetwork decay() {
        return crn("Decay").species("A", 2).reaction("A -> B", 1).build();
    }

    @Test
    void defaultsAndWrittenOptions() {
        Simulation plain = SimulationBuilder.of(decay()).until(1).method("ssa").build();
        plain.setSeed(9);
        StochasticOptions defaults = StochasticOptions.of(plain);
        assertEquals(new StochasticOptions(1, 1, SsaAlgorithm.NEXT_REACTION, 0.03, 9), defaults);

        Simulation written = SimulationBuilder.of(decay()).until(1).method("ssa", option("volume", 250, null),
                option("runs", 12, null), option("algorithm", Double.NaN, "tau_leap"), option("epsilon", 0.05, null))
                .build();
        assertEquals(new StochasticOptions(250, 12, SsaAlgorithm.TAU_LEAP, 0.05, 0), StochasticOptions.of(written));
    }

    @Test
    void wrongOptionsNameTheirLineAndWhatIsValid() {
        assertWrong(option("algorithm", Double.NaN, "gillespie"), "direct, next_reaction, tau_leap");
        assertWrong(option("runs", 2.5, null), "a whole number >= 1");
        assertWrong(option("volume", 0, null), "a finite number > 0");
        assertWrong(option("epsilon", 1.5, null), "between 0 and 1");
        assertWrong(option("rtol", 1e-6, null), "valid options are volume, runs, algorithm, epsilon");
    }

    private static void assertWrong(org.crnstudio.model.Option wrong, String expected) {
        wrong.setLine(105);
        Simulation simulation = SimulationBuilder.of(decay()).until(1).method("ssa", wrong).build();
        SimulationException error = assertThrows(SimulationException.class, () -> SimulationRunner.of(simulation));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertEquals(105, error.getLine());
    }

    @Test
    void ssaRefusesUntilSteady() {
        Simulation steady = SimulationBuilder.of(decay()).untilSteady(1e-6).method("ssa").build();
        SimulationException steadyError = assertThrows(SimulationException.class, () -> SimulationRunner.of(steady));
        assertTrue(steadyError.getMessage().contains("'until steady' needs the deterministic method ode"),
                steadyError.getMessage());
        assertEquals(100, steadyError.getLine());
    }

    @Test
    void theRunnerPicksTheEngineTheMethodNames() {
        ReactionNetwork network = decay();
        SimulationRun ode = SimulationRunner.of(SimulationBuilder.of(network).until(1).build()).run();
        assertTrue(ode.stochastic().isEmpty());
        assertEquals(2 * Math.exp(-1), ode.result().finalValue("A"), 1e-7);

        SimulationRunner runner = SimulationRunner.of(SimulationBuilder.of(network).until(1)
                .method("ssa", option("volume", 1000, null)).build());
        assertTrue(runner.isStochastic());
        SimulationRun ssa = runner.withPlan(plan -> plan.withEndTime(2)).run();
        assertEquals(2.0, ssa.result().stopTime());
        // A is Binomial(2000, exp(-2)) molecules at t = 2: within 4 standard deviations of its mean
        double p = Math.exp(-2);
        assertEquals(2 * p, ssa.result().finalValue("A"), 4 * Math.sqrt(2000 * p * (1 - p)) / 1000);
        assertEquals(2000, ssa.result().finalValue("A") * 1000 + ssa.result().finalValue("B") * 1000, 1e-9);
        assertTrue(ssa.statistics(0).startsWith("ssa: Gibson-Bruck next reaction method, volume 1000, 1 run"),
                ssa.statistics(0));
        assertTrue(ssa.stochastic().get().events() > 0);
    }

    @Test
    void runSeedsAreDistinctAndDependOnTheSeed() {
        StochasticOptions options = StochasticOptions.ofVolume(1).withSeed(1);
        Set<Long> seeds = new HashSet<>();
        for (int run = 0; run < 1000; run++) {
            seeds.add(options.seedOfRun(run));
        }
        assertEquals(1000, seeds.size());
        assertNotEquals(options.seedOfRun(0), options.withSeed(2).seedOfRun(0));
        assertFalse(seeds.contains(options.withSeed(2).seedOfRun(0)), "seed 2's first run is none of seed 1's");
    }
}
