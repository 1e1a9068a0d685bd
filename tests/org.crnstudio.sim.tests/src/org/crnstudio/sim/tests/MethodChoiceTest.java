package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.SimulationBuilder.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.IntegratorFactory;
import org.crnstudio.sim.MassActionSystem;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** ode's method options and the automatic choice between the explicit and the stiff integrator. */
class MethodChoiceTest {

    private static ReactionNetwork robertson() {
        return crn("Robertson").species("A", 1).species("B", 0).species("C", 0)
                .reaction("A -> B", 0.04).reaction("B + C -> A + C", 1e4).reaction("2 B -> B + C", 3e7).build();
    }

    @Test
    void autoPicksTheStiffMethodForRobertsonAndTheExplicitOneForASlowDecay() {
        SimulationPlan stiffPlan = SimulationPlan.forNetwork(robertson(), 40);
        assertEquals(OdeMethod.AUTO, stiffPlan.method());
        IntegratorFactory.ChosenIntegrator stiff = IntegratorFactory.create(
                MassActionSystem.compile(robertson()), stiffPlan, 40);
        assertEquals(OdeMethod.BDF, stiff.method());
        assertTrue(stiff.description().contains("chosen automatically"), stiff.description());
        ReactionNetwork decay = crn("Decay").species("A", 1).reaction("A -> B", 0.5).build();
        IntegratorFactory.ChosenIntegrator explicit = IntegratorFactory.create(MassActionSystem.compile(decay),
                SimulationPlan.forNetwork(decay, 10), 10);
        assertEquals(OdeMethod.DORMAND_PRINCE, explicit.method());
        // The automatic run on Robertson succeeds where the explicit method fails, and says what it used.
        SimulationResult result = new OdeSimulator().run(stiffPlan);
        assertEquals(0.7158271, result.finalValue("A"), 2e-7);
        assertTrue(result.statistics().factorizations() > 0 && result.statistics().jacobianEvaluations() > 0,
                result.statistics().describe());
        assertTrue(result.statistics().steps() > 0, result.statistics().describe());
    }

    @Test
    void everyMethodWordIsReadAndRunsADecayToItsClosedForm() {
        ReactionNetwork decay = crn("Decay").species("A", 2).reaction("A -> B", 0.5).build();
        for (OdeMethod method : OdeMethod.values()) {
            SimulationPlan plan = SimulationPlan.of(SimulationBuilder.of(decay)
                    .method("ode", option("method", Double.NaN, method.word()), option("rtol", 1e-9, null))
                    .until(4).build());
            assertEquals(method, plan.method());
            SimulationResult result = new OdeSimulator().run(plan);
            // ros23 is of order 2: its global error is a few hundred times rtol here.
            double tolerance = method == OdeMethod.ROS23 ? 1e-6 : 1e-8;
            assertEquals(2 * Math.exp(-0.5 * 4), result.finalValue("A"), tolerance, method.word());
        }
    }

    @Test
    void flagsAndUnknownWordsAreRead() {
        ReactionNetwork decay = crn("Decay").species("A", 2).reaction("A -> B", 0.5).build();
        assertEquals(OdeMethod.RODAS4, SimulationPlan.of(SimulationBuilder.of(decay)
                .method("ode", option("stiff", 1, null)).until(1).build()).method());
        assertEquals(OdeMethod.DORMAND_PRINCE, SimulationPlan.of(SimulationBuilder.of(decay)
                .method("ode", option("nonstiff", 1, null)).until(1).build()).method());
        SimulationException unknown = assertThrows(SimulationException.class, () -> SimulationPlan.of(
                SimulationBuilder.of(decay).method("ode", option("method", Double.NaN, "euler")).until(1).build()));
        assertTrue(unknown.getMessage().contains("euler") && unknown.getMessage().contains("rosenbrock"),
                unknown.getMessage());
    }
}
