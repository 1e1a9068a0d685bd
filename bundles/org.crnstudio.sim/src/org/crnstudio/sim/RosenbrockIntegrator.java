package org.crnstudio.sim;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.sampling.AbstractODEStateInterpolator;

/**
 * A linearly implicit integrator for stiff systems: the L-stable Rosenbrock 2(3) pair of Shampine and Reichelt
 * ("The MATLAB ODE Suite", 1997; MATLAB's ode23s), with the analytic Jacobian of the mass-action system, a dense
 * LU factorisation per step (so it suits up to a few hundred dynamic species) and the method's own continuous
 * extension for output between steps. It runs inside Hipparchus' integrator framework, so step handlers, event
 * detectors and step-end handlers behave as with the explicit methods.
 * <p>
 * One step: W = I - h d J, k1 = W^-1 f0, F1 = f(y0 + h k1 / 2), k2 = W^-1 (F1 - k1) + k1, y1 = y0 + h k2,
 * F2 = f(y1), k3 = W^-1 (F2 - e32 (k2 - F1) - 2 (k1 - f0)), error h/6 (k1 - 2 k2 + k3); d = 1/(2 + sqrt 2),
 * e32 = 6 + sqrt 2. The formula is a W-method: its order does not depend on J being exact.
 */
final class RosenbrockIntegrator extends AdaptiveStepsizeIntegrator implements StiffCounters {

    static final String NAME = "Rosenbrock 2(3) (Shampine-Reichelt), L-stable";

    private static final double D = 1.0 / (2.0 + Math.sqrt(2.0));
    private static final double E32 = 6.0 + Math.sqrt(2.0);
    private static final double SAFETY = 0.8;
    private static final double MIN_REDUCTION = 0.2;
    private static final double MAX_GROWTH = 5.0;

    private final MassActionSystem system;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private long jacobianEvaluations;
    private long factorizations;
    private long rejectedSteps;

    RosenbrockIntegrator(MassActionSystem system, double maxStep, double absoluteTolerance, double relativeTolerance) {
        super(NAME, 0.0, maxStep, absoluteTolerance, relativeTolerance);
        this.system = system;
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    @Override
    public ODEStateAndDerivative integrate(ExpandableODE equations, ODEState initialState, double finalTime) {
        sanityChecks(initialState, finalTime);
        setStepStart(initIntegration(equations, initialState, finalTime));
        if (!(finalTime > initialState.getTime())) {
            throw new IllegalArgumentException("the Rosenbrock integrator only integrates forward in time");
        }
        int n = system.dimension();
        EquationsMapper mapper = equations.getMapper();
        double[][] jacobian = new double[n][n];
        double[] jacobianValues = new double[system.jacobianPattern().nonZeros()];
        DenseLu lu = new DenseLu(n);
        double[] y1 = new double[n];
        double[] stage = new double[n];
        double[] k3 = new double[n];

        double[] scale = new double[n];
        double[] start = getStepStart().getPrimaryState();
        for (int i = 0; i < n; i++) {
            scale[i] = absoluteTolerance + relativeTolerance * Math.abs(start[i]);
        }
        double h = Math.min(initializeStep(true, 2, scale, getStepStart()), getMaxStep());
        setIsLastStep(false);
        do {
            ODEStateAndDerivative stepStart = getStepStart();
            double t0 = stepStart.getTime();
            double[] y0 = stepStart.getPrimaryState();
            double[] f0 = stepStart.getPrimaryDerivative();
            system.jacobian(y0, jacobian, jacobianValues);
            jacobianEvaluations++;
            double error;
            double[] k1;
            double[] k2;
            double[] f2;
            double t1;
            while (true) {
                boolean last = t0 + h >= finalTime;
                if (last) {
                    h = finalTime - t0;
                }
                t1 = last ? finalTime : t0 + h;
                factor(lu, jacobian, h);
                k1 = f0.clone();
                lu.solve(k1);
                for (int i = 0; i < n; i++) {
                    stage[i] = y0[i] + 0.5 * h * k1[i];
                }
                double[] f1 = computeDerivatives(t0 + 0.5 * h, stage);
                k2 = new double[n];
                for (int i = 0; i < n; i++) {
                    k2[i] = f1[i] - k1[i];
                }
                lu.solve(k2);
                for (int i = 0; i < n; i++) {
                    k2[i] += k1[i];
                    y1[i] = y0[i] + h * k2[i];
                }
                f2 = computeDerivatives(t1, y1);
                for (int i = 0; i < n; i++) {
                    k3[i] = f2[i] - E32 * (k2[i] - f1[i]) - 2.0 * (k1[i] - f0[i]);
                }
                lu.solve(k3);
                error = 0;
                for (int i = 0; i < n; i++) {
                    double local = h / 6.0 * (k1[i] - 2.0 * k2[i] + k3[i]);
                    double tolerance = absoluteTolerance + relativeTolerance * Math.max(Math.abs(y0[i]), Math.abs(y1[i]));
                    error = Math.max(error, Math.abs(local) / tolerance);
                }
                if (error <= 1.0 && Double.isFinite(error)) {
                    break;
                }
                rejectedSteps++;
                h *= Double.isFinite(error) ? Math.max(MIN_REDUCTION, SAFETY * Math.pow(error, -1.0 / 3.0))
                        : MIN_REDUCTION;
                if (h < 16 * Math.ulp(t0)) {
                    throw new MathIllegalStateException(LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION,
                            h, 16 * Math.ulp(t0), true);
                }
            }
            setStepSize(h);
            ODEStateAndDerivative stepEnd = mapper.mapStateAndDerivative(t1, y1.clone(), f2);
            setStepStart(acceptStep(new Interpolator(stepStart, stepEnd, stepStart, stepEnd, mapper, k1, k2), finalTime));
            if (!isLastStep()) {
                double growth = error == 0 ? MAX_GROWTH
                        : Math.min(MAX_GROWTH, Math.max(MIN_REDUCTION, SAFETY * Math.pow(error, -1.0 / 3.0)));
                h = Math.min(h * growth, getMaxStep());
            }
        } while (!isLastStep());
        ODEStateAndDerivative finalState = getStepStart();
        resetInternalState();
        return finalState;
    }

    @Override
    public long jacobianEvaluations() {
        return jacobianEvaluations;
    }

    @Override
    public long factorizations() {
        return factorizations;
    }

    @Override
    public long rejectedSteps() {
        return rejectedSteps;
    }

    /** Fills W = I - h d J into the LU's matrix and factors it. */
    private void factor(DenseLu lu, double[][] jacobian, double h) {
        double[][] w = lu.matrix();
        int n = jacobian.length;
        double hd = h * D;
        for (int i = 0; i < n; i++) {
            double[] row = w[i];
            double[] jacobianRow = jacobian[i];
            for (int j = 0; j < n; j++) {
                row[j] = -hd * jacobianRow[j];
            }
            row[i] += 1.0;
        }
        factorizations++;
        if (!lu.factor()) {
            throw new MathIllegalStateException(LocalizedCoreFormats.SINGULAR_MATRIX);
        }
    }

    /**
     * The method's continuous extension: y(t0 + s h) = y0 + h (s (1 - s) k1 + s (s - 2d) k2) / (1 - 2d), exact at
     * both ends, with its time derivative.
     */
    private static final class Interpolator extends AbstractODEStateInterpolator {

        private static final long serialVersionUID = 1L;

        private final double[] k1;
        private final double[] k2;

        Interpolator(ODEStateAndDerivative globalPrevious, ODEStateAndDerivative globalCurrent,
                ODEStateAndDerivative softPrevious, ODEStateAndDerivative softCurrent, EquationsMapper mapper,
                double[] k1, double[] k2) {
            super(true, globalPrevious, globalCurrent, softPrevious, softCurrent, mapper);
            this.k1 = k1;
            this.k2 = k2;
        }

        @Override
        protected Interpolator create(boolean forward, ODEStateAndDerivative globalPrevious,
                ODEStateAndDerivative globalCurrent, ODEStateAndDerivative softPrevious,
                ODEStateAndDerivative softCurrent, EquationsMapper mapper) {
            return new Interpolator(globalPrevious, globalCurrent, softPrevious, softCurrent, mapper, k1, k2);
        }

        @Override
        protected ODEStateAndDerivative computeInterpolatedStateAndDerivatives(EquationsMapper mapper, double time,
                double theta, double thetaH, double oneMinusThetaH) {
            double t0 = getGlobalPreviousState().getTime();
            double h = getGlobalCurrentState().getTime() - t0;
            double s = (time - t0) / h;
            double[] y0 = getGlobalPreviousState().getPrimaryState();
            double[] y = new double[y0.length];
            double[] yDot = new double[y0.length];
            double scale = 1.0 / (1.0 - 2.0 * D);
            double c1 = s * (1 - s) * scale;
            double c2 = s * (s - 2 * D) * scale;
            double d1 = (1 - 2 * s) * scale;
            double d2 = (2 * s - 2 * D) * scale;
            for (int i = 0; i < y.length; i++) {
                y[i] = y0[i] + h * (c1 * k1[i] + c2 * k2[i]);
                yDot[i] = d1 * k1[i] + d2 * k2[i];
            }
            return mapper.mapStateAndDerivative(time, y, yDot);
        }
    }
}
