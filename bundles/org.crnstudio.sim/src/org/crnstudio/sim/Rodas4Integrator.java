package org.crnstudio.sim;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.AbstractODEStateInterpolator;

/**
 * The stiff integrator: RODAS, the stiffly accurate, L-stable Rosenbrock method of order 4 (embedded order 3, six
 * stages, one LU factorisation per step) of Hairer and Wanner (Solving Ordinary Differential Equations II, 2nd ed.,
 * section VI.4, and their code rodas.f; coefficient set 1), with its order-3 continuous extension for output
 * between steps. It uses the mass-action system's analytic sparse Jacobian and a {@link BlockTriangularLu}, so the
 * cost of a step grows with the non-zeros, not with the cube of the number of species. The step-size control is
 * Gustafsson's predictive controller (as in rodas.f); the error norm is the root mean square of
 * error / (atol + rtol max(|y0|, |y1|)). A step that would leave a concentration below -atol is rejected and
 * retried with a smaller step; small negative values (within atol) are set to 0, so concentrations stay
 * non-negative. It runs inside Hipparchus' integrator framework, so step handlers, event detectors and step-end
 * handlers behave as with the explicit methods. The equations it integrates must be the system's mass-action ODE:
 * the five internal stages evaluate the system directly (counted in {@link #stageEvaluations()}), the derivative at
 * each step's end goes through Hipparchus.
 */
final class Rodas4Integrator extends ResumableStiffIntegrator {

    static final String NAME = "Rodas4 (Hairer-Wanner RODAS, order 4(3), L-stable), sparse block-triangular LU";

    private static final double GAMMA = 0.25;
    private static final double C2 = 0.386;
    private static final double C3 = 0.21;
    private static final double C4 = 0.63;
    private static final double A21 = 1.544;
    private static final double A31 = 0.9466785280815826;
    private static final double A32 = 0.2557011698983284;
    private static final double A41 = 3.314825187068521;
    private static final double A42 = 2.896124015972201;
    private static final double A43 = 0.9986419139977817;
    private static final double A51 = 1.221224509226641;
    private static final double A52 = 6.019134481288629;
    private static final double A53 = 12.53708332932087;
    private static final double A54 = -0.6878860361058950;
    private static final double C21 = -5.6688;
    private static final double C31 = -2.430093356833875;
    private static final double C32 = -0.2063599157091915;
    private static final double C41 = -0.1073529058151375;
    private static final double C42 = -9.594562251023355;
    private static final double C43 = -20.47028614809616;
    private static final double C51 = 7.496443313967647;
    private static final double C52 = -10.24680431464352;
    private static final double C53 = -33.99990352819905;
    private static final double C54 = 11.70890893206160;
    private static final double C61 = 8.083246795921522;
    private static final double C62 = -7.981132988064893;
    private static final double C63 = -31.52159432874371;
    private static final double C64 = 16.31930543123136;
    private static final double C65 = -6.058818238834054;
    /** Continuous extension: y(s) = (1 - s) y0 + s (y1 + (1 - s) (D2. k + s D3. k)). */
    private static final double D21 = 10.12623508344586;
    private static final double D22 = -7.487995877610167;
    private static final double D23 = -34.80091861555747;
    private static final double D24 = -7.992771707568823;
    private static final double D25 = 1.025137723295662;
    private static final double D31 = -0.6762803392801253;
    private static final double D32 = 6.087714651680015;
    private static final double D33 = 16.43084320892478;
    private static final double D34 = 24.76722511418386;
    private static final double D35 = -6.594389125716872;

    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 6.0;

    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final BlockTriangularLu lu;
    private final Work work;
    /** Whether the last integration ended normally, so its step size can be resumed. */
    private double resumeStep;
    /** The step-size controller's memory (kept when a segment goes on unchanged). */
    private boolean firstStep;
    private boolean rejectedBefore;
    private double previousH;
    private double previousError;

    Rodas4Integrator(MassActionSystem system, double maxStep, double absoluteTolerance, double relativeTolerance) {
        super(NAME, system, maxStep, absoluteTolerance, relativeTolerance);
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.lu = system.blockLu();
        this.work = new Work(system.dimension(), system.jacobianPattern().nonZeros());
    }

    /** Scratch arrays of the stages, made once: a segmented run restarts integrate() thousands of times. */
    private static final class Work {
        final double[] jacobianValues;
        final double[] stage;
        final double[] k1;
        final double[] k2;
        final double[] k3;
        final double[] k4;
        final double[] k5;
        final double[] k6;
        final double[] y1;
        final double[] f;
        final double[] y0;
        final double[] f0;

        Work(int n, int nonZeros) {
            jacobianValues = new double[nonZeros];
            stage = new double[n];
            k1 = new double[n];
            k2 = new double[n];
            k3 = new double[n];
            k4 = new double[n];
            k5 = new double[n];
            k6 = new double[n];
            y1 = new double[n];
            f = new double[n];
            y0 = new double[n];
            f0 = new double[n];
        }
    }

    /** How the LU sees the system: the number of diagonal blocks and the largest one. */
    String blockSummary() {
        return lu.blockCount() + " diagonal blocks, the largest of " + lu.largestBlock() + " species"
                + (lu.sparseFactorNonZeros() > 0 ? ", " + lu.sparseFactorNonZeros() + " non-zeros in its sparse factors"
                        : "");
    }

    @Override
    double[] reachedState() {
        return work.y0;
    }

    @Override
    String shortName() {
        return "Rodas4";
    }

    /**
     * The Rodas4 steps from (t, start) to finalTime. With a mapper every accepted step goes through Hipparchus
     * (dense output, handlers, events); without, the observer sees each step. startSlope: f at the start, null when
     * not computed yet. Returns the time reached; work.y0 holds the state there.
     */
    @Override
    double run(double t, double[] start, double[] startSlope, double finalTime, EquationsMapper mapper,
            StepObserver observer) {
        int n = system.dimension();
        double[] jacobianValues = work.jacobianValues;
        double[] stage = work.stage;
        double[] k1 = work.k1;
        double[] k2 = work.k2;
        double[] k3 = work.k3;
        double[] k4 = work.k4;
        double[] k5 = work.k5;
        double[] k6 = work.k6;
        double[] y1 = work.y1;
        double[] f = work.f;
        double[] y0 = work.y0;
        double[] f0 = work.f0;
        System.arraycopy(start, 0, y0, 0, n);
        if (startSlope != null) {
            System.arraycopy(startSlope, 0, f0, 0, n);
        } else {
            stageDerivatives(y0, f0);
        }
        SegmentStart how = takeStart();
        // Its step size is all a one-step method keeps (and, when nothing changed, its controller's memory).
        double h = startingStep.forSegment(how, resumeStep, t, y0, f0, 4, getMaxStep());
        if (how != SegmentStart.UNCHANGED) {
            firstStep = true;
            rejectedBefore = false;
        }
        double t0 = t;
        double reached;
        while (true) {
            system.jacobianValues(y0, jacobianValues);
            jacobianEvaluations++;
            double error;
            double t1;
            double stepH;
            boolean last;
            while (true) {
                last = t0 + h >= finalTime;
                stepH = last ? finalTime - t0 : h;
                t1 = last ? finalTime : t0 + h;
                factorizations++;
                if (!lu.factor(jacobianValues, 1.0 / (GAMMA * stepH), -1.0)) {
                    throw new MathIllegalStateException(LocalizedCoreFormats.SINGULAR_MATRIX);
                }
                double inverseH = 1.0 / stepH;
                System.arraycopy(f0, 0, k1, 0, n);
                lu.solve(k1);
                for (int i = 0; i < n; i++) {
                    stage[i] = y0[i] + A21 * k1[i];
                }
                stageDerivatives(stage, f);
                for (int i = 0; i < n; i++) {
                    k2[i] = f[i] + C21 * k1[i] * inverseH;
                }
                lu.solve(k2);
                for (int i = 0; i < n; i++) {
                    stage[i] = y0[i] + A31 * k1[i] + A32 * k2[i];
                }
                stageDerivatives(stage, f);
                for (int i = 0; i < n; i++) {
                    k3[i] = f[i] + (C31 * k1[i] + C32 * k2[i]) * inverseH;
                }
                lu.solve(k3);
                for (int i = 0; i < n; i++) {
                    stage[i] = y0[i] + A41 * k1[i] + A42 * k2[i] + A43 * k3[i];
                }
                stageDerivatives(stage, f);
                for (int i = 0; i < n; i++) {
                    k4[i] = f[i] + (C41 * k1[i] + C42 * k2[i] + C43 * k3[i]) * inverseH;
                }
                lu.solve(k4);
                for (int i = 0; i < n; i++) {
                    stage[i] = y0[i] + A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i];
                }
                stageDerivatives(stage, f);
                for (int i = 0; i < n; i++) {
                    k5[i] = f[i] + (C51 * k1[i] + C52 * k2[i] + C53 * k3[i] + C54 * k4[i]) * inverseH;
                }
                lu.solve(k5);
                for (int i = 0; i < n; i++) {
                    stage[i] += k5[i];
                }
                stageDerivatives(stage, f);
                for (int i = 0; i < n; i++) {
                    k6[i] = f[i] + (C61 * k1[i] + C62 * k2[i] + C63 * k3[i] + C64 * k4[i] + C65 * k5[i]) * inverseH;
                }
                lu.solve(k6);
                double sum = 0;
                boolean negative = false;
                for (int i = 0; i < n; i++) {
                    y1[i] = stage[i] + k6[i];
                    double tolerance = absoluteTolerance + relativeTolerance * Math.max(Math.abs(y0[i]), Math.abs(y1[i]));
                    double ratio = k6[i] / tolerance;
                    sum += ratio * ratio;
                    negative |= y1[i] < -absoluteTolerance;
                }
                error = Math.sqrt(sum / n);
                if (error <= 1.0 && !negative) {
                    break;
                }
                rejectedSteps++;
                rejectedBefore = true;
                double factor = Double.isFinite(error) && error > 1.0
                        ? Math.max(MIN_FACTOR, SAFETY * Math.pow(error, -0.25)) : MIN_FACTOR;
                h = stepH * (negative && error <= 1.0 ? 0.5 : factor);
                if (h < 16 * Math.ulp(Math.max(1.0, Math.abs(t0)))) {
                    throw new MathIllegalStateException(LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION,
                            h, 16 * Math.ulp(t0), true);
                }
            }
            for (int i = 0; i < n; i++) {
                if (y1[i] < 0) {
                    y1[i] = 0;
                }
            }
            boolean stop;
            if (mapper != null) {
                ODEStateAndDerivative stepStart = getStepStart();
                double[] f1 = computeDerivatives(t1, y1);
                setStepSize(stepH);
                double[] dense1 = new double[n];
                double[] dense2 = new double[n];
                for (int i = 0; i < n; i++) {
                    dense1[i] = D21 * k1[i] + D22 * k2[i] + D23 * k3[i] + D24 * k4[i] + D25 * k5[i];
                    dense2[i] = D31 * k1[i] + D32 * k2[i] + D33 * k3[i] + D34 * k4[i] + D35 * k5[i];
                }
                ODEStateAndDerivative stepEnd = mapper.mapStateAndDerivative(t1, y1.clone(), f1);
                ODEStateAndDerivative accepted = acceptStep(new Interpolator(stepStart, stepEnd, stepStart, stepEnd,
                        mapper, dense1, dense2), finalTime);
                setStepStart(accepted);
                reached = accepted.getTime();
                stop = isLastStep();
                System.arraycopy(accepted.getPrimaryState(), 0, y0, 0, n);
                System.arraycopy(accepted.getPrimaryDerivative(), 0, f0, 0, n);
            } else {
                acceptedSteps++;
                System.arraycopy(y1, 0, y0, 0, n);
                reached = t1;
                stop = last || !observer.stepAccepted(t1);
                if (!stop) {
                    stageDerivatives(y0, f0);
                }
            }
            t0 = reached;
            if (stop) {
                // The step a following segment starts from: the controller's last proposal (not the cut last step).
                resumeStep = last ? Math.max(h, stepH) : stepH;
                break;
            }
            // Gustafsson's predictive controller, as in rodas.f: the smaller of the classic and predicted steps.
            double factor = error == 0 ? MAX_FACTOR
                    : Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, SAFETY * Math.pow(error, -0.25)));
            if (!firstStep && error > 0 && previousError > 0) {
                double predicted = SAFETY * (stepH / previousH) * Math.pow(previousError / (error * error), 0.25);
                factor = Math.min(factor, Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, predicted)));
            }
            firstStep = false;
            previousH = stepH;
            previousError = Math.max(0.01, error);
            double next = stepH * factor;
            if (rejectedBefore) {
                next = Math.min(next, stepH);
                rejectedBefore = false;
            }
            h = Math.min(next, getMaxStep());
        }
        resumable = true;
        return reached;
    }

    /** The mass-action right-hand side at an internal stage, into f: no copy through Hipparchus' mappers. */
    private void stageDerivatives(double[] stage, double[] f) {
        stageEvaluations++;
        system.derivatives(stage, f);
    }

    /** The continuous extension of order 3, with its time derivative. */
    private static final class Interpolator extends AbstractODEStateInterpolator {

        private static final long serialVersionUID = 1L;

        private final double[] dense1;
        private final double[] dense2;

        Interpolator(ODEStateAndDerivative globalPrevious, ODEStateAndDerivative globalCurrent,
                ODEStateAndDerivative softPrevious, ODEStateAndDerivative softCurrent, EquationsMapper mapper,
                double[] dense1, double[] dense2) {
            super(true, globalPrevious, globalCurrent, softPrevious, softCurrent, mapper);
            this.dense1 = dense1;
            this.dense2 = dense2;
        }

        @Override
        protected Interpolator create(boolean forward, ODEStateAndDerivative globalPrevious,
                ODEStateAndDerivative globalCurrent, ODEStateAndDerivative softPrevious,
                ODEStateAndDerivative softCurrent, EquationsMapper mapper) {
            return new Interpolator(globalPrevious, globalCurrent, softPrevious, softCurrent, mapper, dense1, dense2);
        }

        @Override
        protected ODEStateAndDerivative computeInterpolatedStateAndDerivatives(EquationsMapper mapper, double time,
                double theta, double thetaH, double oneMinusThetaH) {
            double t0 = getGlobalPreviousState().getTime();
            double h = getGlobalCurrentState().getTime() - t0;
            double s = (time - t0) / h;
            double s1 = 1 - s;
            double[] y0 = getGlobalPreviousState().getPrimaryState();
            double[] y1 = getGlobalCurrentState().getPrimaryState();
            double[] y = new double[y0.length];
            double[] yDot = new double[y0.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = s1 * y0[i] + s * (y1[i] + s1 * (dense1[i] + s * dense2[i]));
                yDot[i] = (y1[i] - y0[i] + (1 - 2 * s) * dense1[i] + s * (2 - 3 * s) * dense2[i]) / h;
            }
            return mapper.mapStateAndDerivative(time, y, yDot);
        }
    }
}
