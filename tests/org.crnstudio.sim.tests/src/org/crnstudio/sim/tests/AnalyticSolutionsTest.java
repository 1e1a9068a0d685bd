package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;

import org.crnstudio.io.Trajectory;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Networks with closed-form solutions, compared at every output time (mass action, no combinatorial factors). */
class AnalyticSolutionsTest {

    private static final double TOLERANCE = 1e-7;

    @Test
    void firstOrderDecayFollowsTheExponential() {
        double k = 0.7;
        double a0 = 2;
        SimulationResult result = run(crn("Decay").species("A", a0).reaction("A -> B", k).build(), 10);
        // The foundation's bar: b(t) = a0 (1 - exp(-k t)) to 1e-8 with the default tolerances.
        double error = maxError(result.trajectory(), "A", t -> a0 * Math.exp(-k * t), 1e-8);
        maxError(result.trajectory(), "B", t -> a0 * (1 - Math.exp(-k * t)), 1e-8);
        System.out.printf("A -> B: max |A - A0 exp(-kt)| over 501 rows = %.3g (rtol 1e-8, atol 1e-10), %d RHS evaluations%n",
                error, result.rhsEvaluations());
        assertEquals(501, result.trajectory().size());
        assertEquals(10.0, result.trajectory().time(500));
        assertEquals(0.02 * 137, result.trajectory().time(137), 1e-15);
    }

    @Test
    void bimolecularReactionWithUnequalStartsFollowsTheClosedForm() {
        double k = 2;
        double a0 = 1;
        double b0 = 0.6;
        double d = a0 - b0;
        SimulationResult result = run(crn("Bi").species("A", a0).species("B", b0).reaction("A + B -> C", k).build(), 5);
        // dA/dt = -k A (A - d), so A = d / (1 - (b0/a0) e^{-d k t}); B = A - d; C = a0 - A.
        DoubleUnaryOperator a = t -> d / (1 - (b0 / a0) * Math.exp(-d * k * t));
        maxError(result.trajectory(), "A", a);
        maxError(result.trajectory(), "B", t -> a.applyAsDouble(t) - d);
        maxError(result.trajectory(), "C", t -> a0 - a.applyAsDouble(t));
    }

    @Test
    void dimerisationConsumesTwoAndHasNoCombinatorialFactor() {
        double k = 0.3;
        double a0 = 1.5;
        SimulationResult result = run(crn("Dimer").species("A", a0).reaction("2 A -> B", k).build(), 20);
        // rate k A^2 consuming 2 A: dA/dt = -2 k A^2, so A = 1 / (1/A0 + 2 k t); B = (A0 - A) / 2.
        maxError(result.trajectory(), "A", t -> 1 / (1 / a0 + 2 * k * t));
        maxError(result.trajectory(), "B", t -> (a0 - 1 / (1 / a0 + 2 * k * t)) / 2);
    }

    @Test
    void reversibleReactionRelaxesToTheRatioOfItsRates() {
        double kf = 2;
        double kr = 0.5;
        double total = 1.2;
        SimulationResult result = run(crn("Rev").species("A", total).reversible("A <-> B", kf, kr).build(), 8);
        double aEquilibrium = total * kr / (kf + kr);
        maxError(result.trajectory(), "A", t -> aEquilibrium + (total - aEquilibrium) * Math.exp(-(kf + kr) * t));
        double ratio = result.finalValue("B") / result.finalValue("A");
        assertEquals(kf / kr, ratio, 1e-6, "B/A at equilibrium");
    }

    private static SimulationResult run(org.crnstudio.model.ReactionNetwork network, double endTime) {
        return new OdeSimulator().run(SimulationPlan.forNetwork(network, endTime));
    }

    /** Checks every row against the closed form and returns the largest error. */
    static double maxError(Trajectory trajectory, String series, DoubleUnaryOperator exact) {
        return maxError(trajectory, series, exact, TOLERANCE);
    }

    static double maxError(Trajectory trajectory, String series, DoubleUnaryOperator exact, double tolerance) {
        double[] times = trajectory.times();
        double[] values = trajectory.series(series);
        double worst = 0;
        for (int row = 0; row < times.length; row++) {
            double expected = exact.applyAsDouble(times[row]);
            double error = Math.abs(values[row] - expected);
            worst = Math.max(worst, error);
            if (!(error < tolerance)) {
                throw new AssertionError(series + " = " + values[row] + " at t = " + times[row]
                        + ", the closed form gives " + expected);
            }
        }
        return worst;
    }
}
