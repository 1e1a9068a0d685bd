package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.OdeSession;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.RunStatistics;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** ode(method = bdf): the variable-order BDF integrator against reference solutions, closed forms and Rodas4. */
class BdfIntegrationTest {

    private static final double CLOSED_FORM_TOLERANCE = 1e-6;

    private static ReactionNetwork robertson() {
        return crn("Robertson").species("A", 1).species("B", 0).species("C", 0)
                .reaction("A -> B", 0.04).reaction("B + C -> A + C", 1e4).reaction("2 B -> B + C", 3e7).build();
    }

    private static SimulationPlan bdf(SimulationPlan plan) {
        return plan.withMethod(OdeMethod.BDF);
    }

    @Test
    void robertsonMatchesTheReferenceSolutionAtTimeForty() {
        // Hairer and Wanner's reference values at t = 40 (as in StiffIntegrationTest): 0.7158271, 0.9185535e-5,
        // 0.2841638; rtol 1e-8 so that the global error stays below the reference's 7 digits.
        SimulationResult result = new OdeSimulator().run(bdf(SimulationPlan.forNetwork(robertson(), 40))
                .withTolerances(1e-8, 1e-14));
        assertEquals(0.7158271, result.finalValue("A"), 2e-7);
        assertEquals(0.9185535e-5, result.finalValue("B"), 2e-11);
        assertEquals(0.2841638, result.finalValue("C"), 2e-7);
        Trajectory trajectory = result.trajectory();
        for (int row = 0; row < trajectory.size(); row++) {
            double[] values = trajectory.row(row);
            assertEquals(1.0, values[0] + values[1] + values[2], 1e-10, "A + B + C is conserved at row " + row);
        }
        assertTrue(result.method().contains("bdf"), result.method());
        RunStatistics statistics = result.statistics();
        System.out.println("Robertson to t = 40 with bdf: " + statistics.describe());
        // The iteration matrix is reused: far fewer Jacobians and factorisations than steps.
        assertTrue(statistics.jacobianEvaluations() * 4 < statistics.steps(), statistics.describe());
        assertTrue(statistics.factorizations() < statistics.steps(), statistics.describe());
    }

    /** The same independent references as StiffIntegrationTest's (Radau IIA at rtol 1e-10; CVODE's example). */
    @Test
    void robertsonMatchesReferenceSolutionsAtTimeFourHundredThousand() {
        SimulationResult result = new OdeSimulator().run(bdf(SimulationPlan.forNetwork(robertson(), 4e5))
                .withTolerances(1e-8, 1e-14));
        assertEquals(4.936383e-03, result.finalValue("A"), 1e-3 * 4.936383e-03);
        assertEquals(1.984224e-08, result.finalValue("B"), 1e-3 * 1.984224e-08);
        assertEquals(9.950636e-01, result.finalValue("C"), 1e-3 * 9.950636e-01);
        assertEquals(4.93827452e-03, result.finalValue("A"), 1e-6 * 4.93827452e-03);
        assertEquals(1.98499409e-08, result.finalValue("B"), 1e-5 * 1.98499409e-08);
        assertEquals(9.95061706e-01, result.finalValue("C"), 1e-6 * 9.95061706e-01);
        Trajectory trajectory = result.trajectory();
        for (int row = 0; row < trajectory.size(); row++) {
            for (double value : trajectory.row(row)) {
                assertTrue(value >= 0, "concentrations stay non-negative, row " + row);
            }
        }
        System.out.printf("Robertson to t = 4e5 with bdf: %s; A = %.9e, B = %.9e, C = %.9e%n",
                result.statistics().describe(), result.finalValue("A"), result.finalValue("B"), result.finalValue("C"));
    }

    @Test
    void closedFormsAreReproducedAtTightTolerance() {
        SimulationResult decay = run(crn("Decay").species("A", 2).reaction("A -> B", 0.5).build(), 10);
        AnalyticSolutionsTest.maxError(decay.trajectory(), "A", t -> 2 * Math.exp(-0.5 * t), CLOSED_FORM_TOLERANCE);
        double k = 2;
        double a0 = 1;
        double b0 = 0.6;
        double d = a0 - b0;
        SimulationResult bimolecular = run(crn("Bi").species("A", a0).species("B", b0).reaction("A + B -> C", k)
                .build(), 5);
        AnalyticSolutionsTest.maxError(bimolecular.trajectory(), "A",
                t -> d / (1 - (b0 / a0) * Math.exp(-d * k * t)), CLOSED_FORM_TOLERANCE);
        SimulationResult dimer = run(crn("Dimer").species("A", 1.5).reaction("2 A -> B", 0.3).build(), 20);
        AnalyticSolutionsTest.maxError(dimer.trajectory(), "A", t -> 1 / (1 / 1.5 + 2 * 0.3 * t),
                CLOSED_FORM_TOLERANCE);
    }

    private static SimulationResult run(ReactionNetwork network, double until) {
        return new OdeSimulator().run(bdf(SimulationPlan.forNetwork(network, until)).withTolerances(1e-8, 1e-12)
                .withOutputIntervals(200));
    }

    /** A -> B @ 1 when P2, B -> A @ 2 when P1, from A = 1. */
    private static ReactionNetwork phased() {
        return crn("Phased").species("A", 1).species("B", 0).reaction("A -> B", 1).when("P2")
                .reaction("B -> A", 2).when("P1").reaction("A + B -> C", 3).build();
    }

    @Test
    void segmentedRunWithSetsAndPhasesAgreesWithRodas4AndTheClosedForm() {
        double[] bdf = segmented(OdeMethod.BDF);
        double[] rodas = segmented(OdeMethod.RODAS4);
        for (int i = 0; i < bdf.length; i++) {
            assertEquals(rodas[i], bdf[i], 1e-7, "species " + i + " after the segmented run");
        }
    }

    @Test
    void manyShortSegmentsKeepTheClosedForm() {
        ReactionNetwork network = crn("Exchange").species("A", 1).species("B", 0).reversible("A <-> B", 2, 1).build();
        OdeSession session = OdeSession.start(bdf(SimulationPlan.forNetwork(network, 10)).withTolerances(1e-9,
                1e-12));
        for (int period = 1; period <= 2000; period++) {
            session.advanceTo(period * 0.005);
        }
        assertEquals(1.0 / 3 + 2.0 / 3 * Math.exp(-3 * 10.0), session.concentration("A"), 1e-7);
    }

    private static double[] segmented(OdeMethod method) {
        OdeSession session = OdeSession.start(SimulationPlan.forNetwork(phased(), 100).withMethod(method)
                .withTolerances(1e-9, 1e-12));
        session.advance(1);
        double afterFirst = session.concentration("A");
        // Phase P2 alone for t in [0, 1]: A' = -A, so A = e^{-1} up to the A + B -> C drain's share.
        assertTrue(Math.abs(afterFirst - Math.exp(-1)) < 0.2, "A after the first phase: " + afterFirst);
        session.activatePhase("P1");
        session.advance(1.5);
        session.set("A", 0.7);
        session.activatePhase("P2");
        session.advance(2);
        session.activatePhase(null);
        session.advance(0.5);
        return session.concentrations().clone();
    }
}
