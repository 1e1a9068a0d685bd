package org.crnstudio.sim;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * Stops the integration when the largest |dx/dt| falls below the tolerance: g = max|dx/dt| - tol changes sign
 * there, and the event solver locates the time precisely. dx/dt is computed from the state (not taken from the
 * integrator's interpolated derivative, which for some methods is only an approximation between steps).
 */
final class SteadyStateDetector implements ODEEventDetector {

    private static final int MAX_ITERATIONS = 200;

    private final MassActionSystem system;
    private final double[] derivatives;
    private final double tolerance;
    private final BracketedUnivariateSolver<UnivariateFunction> solver;
    private boolean reached;
    private double time = Double.NaN;

    SteadyStateDetector(MassActionSystem system, double tolerance, double horizon) {
        this.system = system;
        this.derivatives = new double[system.dimension()];
        this.tolerance = tolerance;
        this.solver = new BracketingNthOrderBrentSolver(1e-14, 1e-12 * Math.max(1.0, horizon), 5);
    }

    static double largestRate(double[] derivatives) {
        double largest = 0;
        for (double derivative : derivatives) {
            largest = Math.max(largest, Math.abs(derivative));
        }
        return largest;
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        system.derivatives(state.getPrimaryState(), derivatives);
        return largestRate(derivatives) - tolerance;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        // Check at every step end only: max|dx/dt| leaves the tolerance band at most once in any sensible network.
        return AdaptableInterval.of(Double.POSITIVE_INFINITY);
    }

    @Override
    public int getMaxIterationCount() {
        return MAX_ITERATIONS;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return solver;
    }

    @Override
    public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
            if (increasing) {
                return Action.CONTINUE;
            }
            reached = true;
            time = state.getTime();
            return Action.STOP;
        };
    }

    boolean reached() {
        return reached;
    }

    double time() {
        return time;
    }
}
