package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.SimulationBuilder.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Reading simulation declarations: inputs through ports, settings, methods, ends, series, and every error. */
class SimulationPlanTest {

    /** A compiled-looking network: dual-rail input x (Xp, Xn), single-rail input u (U), output y = Yp - Yn. */
    private static ReactionNetwork ported() {
        NetworkBuilder builder = crn("Net").species("Xp", 0).species("Xn", 0).species("U", 0)
                .reaction("Xp -> Xp + Yp", 1).reaction("Xn -> Xn + Yn", 1).reaction("U -> 0", 1)
                .input("x", "Xp", "Xn").input("u", "U", null);
        return builder.observable("y", NetworkBuilder.binary(builder.ref("Yp"), BinaryOperator.SUBTRACT,
                builder.ref("Yn"))).build();
    }

    @Test
    void dualRailInputSetsTheMinusRailForNegativeValues() {
        SimulationPlan plan = SimulationPlan.of(SimulationBuilder.of(ported()).input("x", -1).input("u", 2)
                .until(3).build());
        assertEquals(0.0, plan.initialConcentration("Xp"));
        assertEquals(1.0, plan.initialConcentration("Xn"));
        assertEquals(2.0, plan.initialConcentration("U"));
        SimulationPlan positive = SimulationPlan.of(SimulationBuilder.of(ported()).input("x", 2.5).until(3).build());
        assertEquals(2.5, positive.initialConcentration("Xp"));
        assertEquals(0.0, positive.initialConcentration("Xn"));
        // Yp, Yn grow at rates Xp, Xn: y(t) = x t.
        SimulationResult result = new OdeSimulator().run(SimulationPlan.of(SimulationBuilder.of(ported())
                .input("x", -1).until(3).plot("y", "Xn").build()));
        assertEquals(List.of("y", "Xn"), result.trajectory().seriesNames());
        assertEquals(-3.0, result.finalValue("y"), 1e-9);
        assertEquals(List.of("Xp", "Xn"), result.foldedSpecies().subList(0, 2));
    }

    @Test
    void settingsOptionsAndDefaultsAreRead() {
        Simulation simulation = SimulationBuilder.of(ported()).set("U", 4).method("ode",
                option("rtol", 1e-6, null), option("atol", 1e-9, null), option("stiff", 0, null)).until(7).points(70)
                .build();
        SimulationPlan plan = SimulationPlan.of(simulation);
        assertEquals(4.0, plan.initialConcentration("U"));
        assertEquals(1e-6, plan.relativeTolerance());
        assertEquals(1e-9, plan.absoluteTolerance());
        assertTrue(plan.stiff());
        assertEquals(7.0, plan.endTime());
        assertEquals(70, plan.outputIntervals());
        assertEquals(List.of("Xp", "Xn", "U", "Yp", "Yn", "y"), plan.recordedSeries());
        SimulationPlan defaults = SimulationPlan.of(SimulationBuilder.of(ported()).until(1).build());
        assertEquals(SimulationPlan.DEFAULT_RELATIVE_TOLERANCE, defaults.relativeTolerance());
        assertEquals(1e-8, defaults.relativeTolerance());
        assertEquals(1e-10, defaults.absoluteTolerance());
        assertEquals(500, defaults.outputIntervals());
        SimulationPlan steady = SimulationPlan.of(SimulationBuilder.of(ported()).untilSteady(1e-5).build());
        assertTrue(steady.untilSteady());
        assertEquals(1e-5, steady.steadyTolerance());
    }

    @Test
    void unknownNamesAreReportedWithTheValidOnes() {
        SimulationBuilder badInput = SimulationBuilder.of(ported()).until(1).input("z", 1);
        SimulationException input = assertThrows(SimulationException.class, () -> SimulationPlan.of(badInput.build()));
        assertTrue(input.getMessage().contains("'z'") && input.getMessage().contains("valid inputs are x, u"),
                input.getMessage());
        assertEquals(badInput.lastLine(), input.getLine());

        SimulationBuilder badSet = SimulationBuilder.of(ported()).until(1).set("Q", 1);
        SimulationException set = assertThrows(SimulationException.class, () -> SimulationPlan.of(badSet.build()));
        assertTrue(set.getMessage().contains("'set Q'") && set.getMessage().contains("Xp, Xn, U, Yp, Yn"),
                set.getMessage());
        assertEquals(badSet.lastLine(), set.getLine());

        SimulationException plot = assertThrows(SimulationException.class,
                () -> SimulationPlan.of(SimulationBuilder.of(ported()).until(1).plot("y", "w").build()));
        assertTrue(plot.getMessage().contains("'w'") && plot.getMessage().contains("Xp, Xn, U, Yp, Yn, y"),
                plot.getMessage());
        assertEquals(100, plot.getLine());
    }

    @Test
    void negativeValueOnASingleRailIsAnError() {
        SimulationBuilder builder = SimulationBuilder.of(ported()).until(1).input("u", -0.5);
        SimulationException error = assertThrows(SimulationException.class, () -> SimulationPlan.of(builder.build()));
        assertTrue(error.getMessage().contains("input 'u'") && error.getMessage().contains("single rail"),
                error.getMessage());
        assertEquals(builder.lastLine(), error.getLine());
    }

    @Test
    void otherMistakesNameTheElementAndWhatIsValid() {
        SimulationException option = assertThrows(SimulationException.class, () -> SimulationPlan.of(
                SimulationBuilder.of(ported()).until(1).method("ode", option("order", 5, null)).build()));
        assertTrue(option.getMessage().contains("'order'") && option.getMessage().contains("rtol, atol, stiff"),
                option.getMessage());

        SimulationException method = assertThrows(SimulationException.class, () -> SimulationPlan.of(
                SimulationBuilder.of(ported()).until(1).method("euler").build()));
        assertTrue(method.getMessage().contains("'euler'") && method.getMessage().contains("ode, ssa"),
                method.getMessage());

        SimulationException end = assertThrows(SimulationException.class, () -> SimulationPlan.of(
                SimulationBuilder.of(ported()).build()));
        assertTrue(end.getMessage().contains("until"), end.getMessage());
        assertEquals(100, end.getLine());

        NetworkBuilder withRate = crn("Bad").species("A", 1);
        withRate.reaction("r1", "A -> B", withRate.ref("A"));
        SimulationException rate = assertThrows(SimulationException.class,
                () -> new OdeSimulator().run(SimulationPlan.forNetwork(withRate.build(), 1)));
        assertTrue(rate.getMessage().contains("'r1'") && rate.getMessage().contains("'A' (species)")
                && rate.getMessage().contains("only numbers and parameters"), rate.getMessage());
        assertEquals(3, rate.getLine());

        SimulationException negative = assertThrows(SimulationException.class, () -> new OdeSimulator().run(
                SimulationPlan.forNetwork(crn("Neg").species("A", 1).reaction("A -> B", -2).build(), 1)));
        assertTrue(negative.getMessage().contains("A -> B") && negative.getMessage().contains("not negative"),
                negative.getMessage());
    }
}
