package org.crnstudio.sim;

import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The integrator a plan asks for: Hipparchus' explicit Dormand-Prince 8(5,3) for {@code ode}, the linearly implicit
 * {@link RosenbrockIntegrator} for {@code ode(stiff)}, both with the plan's tolerances.
 */
public final class IntegratorFactory {

    /** Method names reported in results. */
    public static final String EXPLICIT_METHOD = "ode: Dormand-Prince 8(5,3), adaptive";
    public static final String STIFF_METHOD = "ode(stiff): " + RosenbrockIntegrator.NAME + ", adaptive";

    private IntegratorFactory() {
    }

    /** A new integrator for the system; horizon bounds the step size (the longest time it will be asked to cover). */
    public static AbstractIntegrator create(MassActionSystem system, SimulationPlan plan, double horizon) {
        return plan.stiff()
                ? new RosenbrockIntegrator(system, horizon, plan.absoluteTolerance(), plan.relativeTolerance())
                : new DormandPrince853Integrator(0.0, horizon, plan.absoluteTolerance(), plan.relativeTolerance());
    }

    /** The method's name as results report it. */
    public static String describe(SimulationPlan plan) {
        return plan.stiff() ? STIFF_METHOD : EXPLICIT_METHOD;
    }
}
