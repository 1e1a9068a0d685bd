package org.crnstudio.sim;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * Dormand-Prince 5(4) (Hairer, Norsett and Wanner, Solving ODEs I, section II.5: the tableau and the error
 * coefficients of Hipparchus' {@link DormandPrince54Integrator}, whose Hipparchus path with dense output this
 * class keeps) with a lean, resumable path for segments nobody records: the seven stages (first same as last)
 * evaluate the mass-action system directly into work arrays, nothing is allocated per step, and a segment that
 * follows a change of the rates resumes with the last step size instead of a fresh estimate. It is the method for
 * runs cut into many short segments that are not stiff over a segment's length (noise windows of t0 = 0.05: the
 * one-pot XOR network's Jacobian bound is about 40, so 40 x 0.05 = 2 is well inside the explicit stability
 * region), where an implicit method's Jacobian, factorization and solves per step cost more than they save.
 * The step-size control is Hipparchus' (safety 0.9, exponent -1/5, factors 0.2 to 10); the error norm is the root
 * mean square of error / (atol + rtol max(|y0|, |y1|)). Counters cover the lean path (the Hipparchus path counts
 * its own right-hand sides through the ODE).
 */
final class LeanDormandPrince54Integrator extends DormandPrince54Integrator
        implements ResumableIntegrator, StiffCounters {

    private static final double A21 = 1.0 / 5.0;
    private static final double A31 = 3.0 / 40.0;
    private static final double A32 = 9.0 / 40.0;
    private static final double A41 = 44.0 / 45.0;
    private static final double A42 = -56.0 / 15.0;
    private static final double A43 = 32.0 / 9.0;
    private static final double A51 = 19372.0 / 6561.0;
    private static final double A52 = -25360.0 / 2187.0;
    private static final double A53 = 64448.0 / 6561.0;
    private static final double A54 = -212.0 / 729.0;
    private static final double A61 = 9017.0 / 3168.0;
    private static final double A62 = -355.0 / 33.0;
    private static final double A63 = 46732.0 / 5247.0;
    private static final double A64 = 49.0 / 176.0;
    private static final double A65 = -5103.0 / 18656.0;
    private static final double B1 = 35.0 / 384.0;
    private static final double B3 = 500.0 / 1113.0;
    private static final double B4 = 125.0 / 192.0;
    private static final double B5 = -2187.0 / 6784.0;
    private static final double B6 = 11.0 / 84.0;
    /** Error coefficients: the fifth-order weights minus the embedded fourth-order ones. */
    private static final double E1 = 71.0 / 57600.0;
    private static final double E3 = -71.0 / 16695.0;
    private static final double E4 = 71.0 / 1920.0;
    private static final double E5 = -17253.0 / 339200.0;
    private static final double E6 = 22.0 / 525.0;
    private static final double E7 = -1.0 / 40.0;
    private static final double SAFETY = 0.9;
    private static final double MIN_REDUCTION = 0.2;
    private static final double MAX_GROWTH = 10.0;

    private final MassActionSystem system;
    private final int n;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final StartingStep startingStep;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    private final double[] k7;
    private final double[] stage;
    private SegmentStart nextStart = SegmentStart.COLD;
    private boolean resumable;
    private double resumeStep;
    private long acceptedSteps;
    private long rejectedSteps;
    private long evaluations;

    LeanDormandPrince54Integrator(MassActionSystem system, double maxStep, double absoluteTolerance,
            double relativeTolerance) {
        super(0.0, maxStep, absoluteTolerance, relativeTolerance);
        this.system = system;
        this.n = system.dimension();
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.startingStep = new StartingStep(system, absoluteTolerance, relativeTolerance);
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
        this.k5 = new double[n];
        this.k6 = new double[n];
        this.k7 = new double[n];
        this.stage = new double[n];
    }

    @Override
    public void nextSegment(SegmentStart start) {
        nextStart = start;
    }

    @Override
    public long acceptedSteps() {
        return acceptedSteps;
    }

    /** Hipparchus' own path (dense output, handlers, events), always from a cold start. */
    @Override
    public ODEStateAndDerivative integrate(ExpandableODE equations, ODEState initialState, double finalTime) {
        resumable = false;
        nextStart = SegmentStart.COLD;
        return super.integrate(equations, initialState, finalTime);
    }

    @Override
    public double integrateInPlace(double t, double[] y, double end, StepObserver observer) {
        MassActionArguments.checkInPlace("Dormand-Prince 5(4)", n, t, end, y);
        SegmentStart how = resumable ? nextStart : SegmentStart.COLD;
        nextStart = SegmentStart.COLD;
        resumable = false;
        derivatives(y, k1);
        double h = startingStep.forSegment(how, resumeStep, t, y, k1, 5, getMaxStep());
        double t0 = t;
        while (true) {
            boolean last = t0 + h >= end;
            double stepH = last ? end - t0 : h;
            double error = step(y, stepH);
            if (!(error <= 1.0)) {
                rejectedSteps++;
                double factor = Double.isFinite(error) ? Math.max(MIN_REDUCTION, SAFETY * Math.pow(error, -0.2))
                        : MIN_REDUCTION;
                h = stepH * factor;
                if (h < 16 * Math.ulp(Math.max(1.0, Math.abs(t0)))) {
                    throw new MathIllegalStateException(LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION,
                            h, 16 * Math.ulp(t0), true);
                }
                continue;
            }
            // Accepted: y becomes the fifth-order solution (in stage), its slope k7 the next step's k1 (FSAL).
            System.arraycopy(stage, 0, y, 0, n);
            System.arraycopy(k7, 0, k1, 0, n);
            acceptedSteps++;
            t0 = last ? end : t0 + stepH;
            double factor = error == 0 ? MAX_GROWTH
                    : Math.min(MAX_GROWTH, Math.max(MIN_REDUCTION, SAFETY * Math.pow(error, -0.2)));
            boolean stop = last || !observer.stepAccepted(t0);
            if (stop) {
                // A cut last step says little about the step size: keep the proposal it was cut from.
                resumeStep = last ? Math.max(h, stepH * factor) : stepH * factor;
                break;
            }
            h = Math.min(stepH * factor, getMaxStep());
        }
        resumable = true;
        return t0;
    }

    /** One step of size h from y (slope in k1): the fifth-order solution into stage, returns the error norm. */
    private double step(double[] y, double h) {
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * A21 * k1[i];
        }
        derivatives(stage, k2);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }
        derivatives(stage, k3);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }
        derivatives(stage, k4);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }
        derivatives(stage, k5);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }
        derivatives(stage, k6);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
        }
        derivatives(stage, k7);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
            double tolerance = absoluteTolerance + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(stage[i]));
            double ratio = e / tolerance;
            sum += ratio * ratio;
        }
        return Math.sqrt(sum / n);
    }

    private void derivatives(double[] x, double[] dxdt) {
        evaluations++;
        system.derivatives(x, dxdt);
    }

    @Override
    public long stageEvaluations() {
        return evaluations + startingStep.evaluations();
    }

    @Override
    public long jacobianEvaluations() {
        return 0;
    }

    @Override
    public long factorizations() {
        return 0;
    }

    /** Rejected steps of the lean path; -1 (not known) when only the Hipparchus path ran, which does not count them. */
    @Override
    public long rejectedSteps() {
        return acceptedSteps == 0 ? -1 : rejectedSteps;
    }
}
