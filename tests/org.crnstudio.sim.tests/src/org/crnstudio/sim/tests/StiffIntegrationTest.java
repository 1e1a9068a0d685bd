package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** ode(stiff): the Rosenbrock integrator against closed forms and the classic stiff test problem. */
class StiffIntegrationTest {

    private static final double SECOND_ORDER_TOLERANCE = 1e-6;

    /**
     * Robertson's chemical kinetics (Hairer and Wanner, Solving ODEs II) is a reaction network under mass action
     * without combinatorial factors: y1' = -0.04 y1 + 1e4 y2 y3, y2' = 0.04 y1 - 1e4 y2 y3 - 3e7 y2^2, y3' = 3e7 y2^2.
     */
    private static ReactionNetwork robertson() {
        return crn("Robertson").species("A", 1).species("B", 0).species("C", 0)
                .reaction("A -> B", 0.04).reaction("B + C -> A + C", 1e4).reaction("2 B -> B + C", 3e7).build();
    }

    @Test
    void robertsonMatchesTheReferenceSolutionAtTimeForty() {
        SimulationPlan plan = stiff(SimulationPlan.forNetwork(robertson(), 40));
        SimulationResult result = new OdeSimulator().run(plan);
        // Reference values at t = 40 (Hairer and Wanner's test set): 0.7158271, 0.9185535e-5, 0.2841638.
        assertEquals(0.7158271, result.finalValue("A"), 2e-7);
        assertEquals(0.9185535e-5, result.finalValue("B"), 2e-11);
        assertEquals(0.2841638, result.finalValue("C"), 2e-7);
        Trajectory trajectory = result.trajectory();
        for (int row = 0; row < trajectory.size(); row++) {
            double[] values = trajectory.row(row);
            assertEquals(1.0, values[0] + values[1] + values[2], 1e-12, "A + B + C is conserved at row " + row);
        }
        System.out.printf("Robertson to t = 40 with ode(stiff): %d RHS evaluations%n", result.rhsEvaluations());
        assertTrue(result.method().contains("rosenbrock"), result.method());
    }

    /**
     * Robertson over the long range, against two independent solutions at t = 4e5. SUNDIALS' CVODE example
     * cvRoberts_dns (BDF, rtol 1e-4) prints y1 = 4.936383e-03, y2 = 1.984224e-08, y3 = 9.950636e-01: that run's
     * own tolerance allows a relative error of a few 1e-4, so agreement is checked to 1e-3. A tight reference
     * computed independently with the Radau IIA method of order 5 (scipy.integrate.solve_ivp, method Radau, rtol
     * 1e-10, atol 1e-16; BDF and LSODA agree to 9 digits) gives y1 = 4.93827452e-03, y2 = 1.98499409e-08,
     * y3 = 9.95061706e-01, checked to 1e-6 relative (1e-5 for y2). As in the CVODE example, y2 (about 2e-8 here)
     * needs an absolute tolerance far below its size: atol 1e-14.
     */
    @Test
    void robertsonMatchesReferenceSolutionsAtTimeFourHundredThousand() {
        SimulationPlan plan = stiff(SimulationPlan.forNetwork(robertson(), 4e5)).withTolerances(1e-8, 1e-14);
        SimulationResult result = new OdeSimulator().run(plan);
        assertEquals(4.936383e-03, result.finalValue("A"), 1e-3 * 4.936383e-03);
        assertEquals(1.984224e-08, result.finalValue("B"), 1e-3 * 1.984224e-08);
        assertEquals(9.950636e-01, result.finalValue("C"), 1e-3 * 9.950636e-01);
        assertEquals(4.93827452e-03, result.finalValue("A"), 1e-6 * 4.93827452e-03);
        assertEquals(1.98499409e-08, result.finalValue("B"), 1e-5 * 1.98499409e-08);
        assertEquals(9.95061706e-01, result.finalValue("C"), 1e-6 * 9.95061706e-01);
        assertEquals(1.0, result.finalValue("A") + result.finalValue("B") + result.finalValue("C"), 1e-9,
                "A + B + C is conserved");
        Trajectory trajectory = result.trajectory();
        for (int row = 0; row < trajectory.size(); row++) {
            for (double value : trajectory.row(row)) {
                assertTrue(value >= 0, "concentrations stay non-negative, row " + row);
            }
        }
        System.out.printf("Robertson to t = 4e5 with ode(stiff): %s; A = %.9e, B = %.9e, C = %.9e%n",
                result.statistics().describe(), result.finalValue("A"), result.finalValue("B"), result.finalValue("C"));
    }

    @Test
    void explicitMethodFailingOnAStiffNetworkPointsToTheStiffOne() {
        SimulationException error = assertThrows(SimulationException.class,
                () -> new OdeSimulator().run(SimulationPlan.forNetwork(robertson(), 40).withStiff(false)));
        assertTrue(error.getMessage().contains("Robertson") && error.getMessage().contains("ode(stiff)"),
                error.getMessage());
    }

    @Test
    void closedFormsAreReproduced() {
        double k = 2;
        double a0 = 1;
        double b0 = 0.6;
        double d = a0 - b0;
        SimulationResult bimolecular = new OdeSimulator().run(stiff(SimulationPlan.forNetwork(
                crn("Bi").species("A", a0).species("B", b0).reaction("A + B -> C", k).build(), 5)));
        // A second-order method under local error control: the global error is a few times rtol, not below it.
        AnalyticSolutionsTest.maxError(bimolecular.trajectory(), "A",
                t -> d / (1 - (b0 / a0) * Math.exp(-d * k * t)), SECOND_ORDER_TOLERANCE);
        SimulationResult dimer = new OdeSimulator().run(stiff(SimulationPlan.forNetwork(
                crn("Dimer").species("A", 1.5).reaction("2 A -> B", 0.3).build(), 20)));
        AnalyticSolutionsTest.maxError(dimer.trajectory(), "A", t -> 1 / (1 / 1.5 + 2 * 0.3 * t),
                SECOND_ORDER_TOLERANCE);
    }

    @Test
    void steadyStateStopWorksWithTheStiffMethod() {
        double k = 0.5;
        double a0 = 2;
        double tolerance = 1e-6;
        SimulationResult result = new OdeSimulator().run(stiff(SimulationPlan.forNetwork(
                crn("Decay").species("A", a0).reaction("A -> B", k).build(), 100)).withSteadyState(tolerance));
        assertTrue(result.steadyReached());
        double expected = Math.log(a0 * k / tolerance) / k;
        assertEquals(expected, result.stopTime(), 10 * SimulationPlan.DEFAULT_ABSOLUTE_TOLERANCE / tolerance);
    }

    private static SimulationPlan stiff(SimulationPlan plan) {
        return plan.withStiff(true);
    }
}
