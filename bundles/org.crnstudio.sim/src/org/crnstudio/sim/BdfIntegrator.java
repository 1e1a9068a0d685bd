package org.crnstudio.sim;

import java.util.Arrays;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.AbstractODEStateInterpolator;

/**
 * A variable-order (1 to 5), variable-step BDF integrator with modified Newton iteration, after CVODE (Hindmarsh
 * et al., "SUNDIALS: Suite of nonlinear and differential/algebraic equation solvers", ACM TOMS 31, 2005, and the
 * CVODE user guide's section on the BDF method) and Hindmarsh's LSODE. The formulas are the variable-coefficient
 * form: the new value is the one whose interpolating polynomial through it and the last q values has slope f at the
 * new time (Hairer, Norsett and Wanner, Solving ODEs I, section III.5; Brenan, Campbell and Petzold's DASSL uses the
 * same polynomial), so step changes need no rescaling of a Nordsieck array.
 * <p>
 * As in CVODE: the predictor extrapolates the last q + 1 values; the corrector solves
 * alpha0 y + sum alpha_j y_j = f(y) by modified Newton with the iteration matrix I - gamma J (gamma = 1 / alpha0)
 * factored by the system's {@link BlockTriangularLu} and reused across steps: it is refactored when gamma changed by
 * more than 30 % or every 20 steps, the Jacobian is evaluated again every 50 steps or when Newton fails to converge
 * with an old one; corrections made with a stale gamma are scaled by 2 / (1 + gamma / gamma_factored). Newton
 * stops when its correction, times the estimated convergence rate, is below 0.1 in the error norm (at most 3
 * iterations). The local error is Milne's estimate (y - y_predicted) / (alpha0 (t_new - t_{n-q}) - 1) in the weighted
 * root mean square norm with weights 1 / (rtol |y_n| + atol); the errors at orders q - 1 and q + 1 come from divided
 * differences of the history, and order and step change only after q + 1 steps at the same order and when the step
 * grows by at least 1.5 (CVODE's biases 6, 6, 10 and growth limit 10). Dense output for Hipparchus' step handlers is
 * the BDF polynomial itself. Non-negativity as in {@link Rodas4Integrator}: a step that leaves a concentration below
 * -atol is retried with half the step, smaller negative values are set to 0. The equations it integrates must be the
 * system's mass-action ODE: Newton's evaluations go to the system directly (counted in {@link #stageEvaluations()}).
 */
final class BdfIntegrator extends ResumableStiffIntegrator {

    static final String NAME = "BDF (variable order 1-5, CVODE-style modified Newton), sparse block-triangular LU";

    static final int MAX_ORDER = 5;
    /** History kept: order 5's predictor uses 6 values, its order-increase estimate one more. */
    private static final int HISTORY = MAX_ORDER + 2;
    private static final int MAX_NEWTON_ITERATIONS = 3;
    private static final double NEWTON_TOLERANCE = 0.1;
    private static final double DIVERGENCE_RATIO = 2.0;
    private static final double GAMMA_CHANGE_LIMIT = 0.3;
    private static final int STEPS_PER_FACTORIZATION = 20;
    private static final int STEPS_PER_JACOBIAN = 50;
    private static final double GROWTH_THRESHOLD = 1.5;
    private static final double MAX_GROWTH = 10.0;
    private static final double MAX_FIRST_GROWTH = 1e4;
    private static final double MIN_FAILURE_FACTOR = 0.1;
    private static final double MAX_FAILURE_FACTOR = 0.9;

    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final BlockTriangularLu lu;
    private final int n;
    private final double[] jacobianValues;
    /** History, newest first: times[0] = t_n, values[0] = y_n. */
    private final double[] times = new double[HISTORY];
    private final double[][] values;
    private final double[] weights;
    private final double[] predicted;
    private final double[] constantPart;
    private final double[] y;
    private final double[] f;
    private final double[] correction;
    private final double[][] differences;
    private final double[] nodes = new double[HISTORY + 1];
    /** Whether values[1] is the made-up point of a restart rather than a computed value. */
    private boolean madeUp;
    /** The iteration matrix, kept across segments (a warm start reuses it while Newton converges). */
    private final Newton newton = new Newton();
    /** The slope at a segment's start (the lean path computes it here). */
    private final double[] startSlope;
    private double resumeStep;
    private int resumeOrder;
    private int resumeCount;
    private int resumeWait;

    BdfIntegrator(MassActionSystem system, double maxStep, double absoluteTolerance, double relativeTolerance) {
        super(NAME, system, maxStep, absoluteTolerance, relativeTolerance);
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.lu = system.blockLu();
        this.n = system.dimension();
        this.jacobianValues = new double[system.jacobianPattern().nonZeros()];
        this.values = new double[HISTORY][n];
        this.weights = new double[n];
        this.predicted = new double[n];
        this.constantPart = new double[n];
        this.y = new double[n];
        this.f = new double[n];
        this.correction = new double[n];
        this.differences = new double[HISTORY + 1][n];
        this.startSlope = new double[n];
    }

    /** How the LU sees the system: the number of diagonal blocks and the largest one. */
    String blockSummary() {
        return lu.blockCount() + " diagonal blocks, the largest of " + lu.largestBlock() + " species";
    }

    /** The state of the iteration matrix between steps. */
    private final class Newton {
        double factoredGamma;
        boolean jacobianFresh;
        int stepsSinceFactorization;
        int stepsSinceJacobian;
        boolean factored;

        void evaluateJacobian(double[] at) {
            system.jacobianValues(at, jacobianValues);
            jacobianEvaluations++;
            jacobianFresh = true;
            stepsSinceJacobian = 0;
            factored = false;
        }

        void factor(double gamma) {
            factorizations++;
            if (!lu.factor(jacobianValues, 1.0, -gamma)) {
                throw new MathIllegalStateException(LocalizedCoreFormats.SINGULAR_MATRIX);
            }
            factoredGamma = gamma;
            stepsSinceFactorization = 0;
            factored = true;
        }
    }

    @Override
    double[] reachedState() {
        return values[0];
    }

    @Override
    String shortName() {
        return "BDF";
    }

    /**
     * The BDF steps from (t0, y0) to finalTime. With a mapper, every accepted step goes through Hipparchus (dense
     * output, handlers, events); without, the history is all there is and the observer sees each step. f0 is the
     * slope at the start, null when not computed yet. Returns the time reached.
     */
    @Override
    double run(double t0, double[] y0, double[] f0, double finalTime, EquationsMapper mapper,
            StepObserver observer) {
        SegmentStart how = takeStart();
        if (how == SegmentStart.UNCHANGED && (times[0] != t0 || !Arrays.equals(values[0], y0))) {
            how = SegmentStart.STATE_JUMP;
        }
        double h;
        int count;
        int order;
        int wait;
        boolean first;
        if (how == SegmentStart.UNCHANGED) {
            h = resumeStep;
            count = resumeCount;
            order = resumeOrder;
            wait = resumeWait;
            first = false;
        } else {
            double[] slope = f0;
            if (slope == null) {
                slope = startSlope;
                stageEvaluations++;
                system.derivatives(y0, slope);
            }
            // A new right-hand side or state: order 1 again, from a step no larger than the last one nor than a
            // fresh estimate at the new slope (a large jump of f after a long step otherwise costs several
            // rejections, each a refactorization: measured on the one-pot training's period switch).
            // As on a cold start, the first step may grow the step by up to MAX_FIRST_GROWTH.
            h = startingStep.estimate(t0, y0, slope, 1, getMaxStep());
            if (how == SegmentStart.COLD) {
                newton.evaluateJacobian(y0);
            } else {
                h = Math.min(h, resumeStep);
            }
            first = true;
            count = restart(t0, y0, slope, h);
            order = 1;
            wait = 2;
        }
        newton.jacobianFresh &= how == SegmentStart.COLD;
        int failures = 0;
        double reached;
        while (true) {
            double tn = times[0];
            boolean last = tn + h >= finalTime;
            double t1 = last ? finalTime : tn + h;
            double stepH = t1 - tn;
            for (int i = 0; i < n; i++) {
                weights[i] = 1.0 / (absoluteTolerance + relativeTolerance * Math.abs(values[0][i]));
            }
            // The order cannot exceed what the history supports (count includes a made-up point on a restart).
            int q = Math.min(order, count - 1);
            predict(t1, q);
            double alpha0 = bdfCoefficients(t1, q);
            double gamma = 1.0 / alpha0;
            if (!newton.factored || newton.stepsSinceFactorization >= STEPS_PER_FACTORIZATION
                    || Math.abs(gamma / newton.factoredGamma - 1) > GAMMA_CHANGE_LIMIT) {
                if (newton.stepsSinceJacobian >= STEPS_PER_JACOBIAN) {
                    newton.evaluateJacobian(values[0]);
                }
                newton.factor(gamma);
            }
            boolean converged = correct(gamma, newton.factoredGamma, alpha0);
            if (!converged) {
                rejectedSteps++;
                if (!newton.jacobianFresh) {
                    newton.evaluateJacobian(values[0]);
                    newton.factor(gamma);
                } else {
                    h = shrink(stepH, 0.25, tn);
                }
                wait = q + 1;
                continue;
            }
            // Milne's estimate of the local error of order q.
            double milne = alpha0 * (t1 - times[q]) - 1;
            double error = 0;
            boolean negative = false;
            for (int i = 0; i < n; i++) {
                double e = (y[i] - predicted[i]) * weights[i];
                error += e * e;
                negative |= y[i] < -absoluteTolerance;
            }
            error = Math.sqrt(error / n) / milne;
            if (error > 1 || negative) {
                rejectedSteps++;
                failures++;
                double factor;
                if (negative && error <= 1) {
                    factor = 0.5;
                } else if (failures >= 3) {
                    factor = MIN_FAILURE_FACTOR;
                    order = 1;
                } else {
                    factor = Math.max(MIN_FAILURE_FACTOR, Math.min(MAX_FAILURE_FACTOR, growth(error, q, 6)));
                }
                h = shrink(stepH, factor, tn);
                wait = q + 1;
                continue;
            }
            failures = 0;
            newton.jacobianFresh = false;
            newton.stepsSinceFactorization++;
            newton.stepsSinceJacobian++;
            for (int i = 0; i < n; i++) {
                if (y[i] < 0) {
                    y[i] = 0;
                }
            }
            wait--;
            boolean select = wait <= 0 || first;
            // Divided differences over t1 and the history: the dense output (q + 1 nodes) and the other orders'
            // errors (order q - 1's estimate needs q + 1 nodes, order q + 1's q + 3): no more are computed (at the
            // highest order, where most steps are, that is 15 vector passes instead of 28).
            int nodeCount = Math.min(count + 1, q < MAX_ORDER ? q + 3 : q + 1);
            boolean stop;
            if (mapper != null) {
                dividedDifferences(t1, nodeCount);
                ODEStateAndDerivative accepted = acceptDense(t1, q, stepH, mapper, finalTime);
                count = push(t1, y, count);
                reached = accepted.getTime();
                stop = isLastStep();
                if (!stop && (reached != t1 || !Arrays.equals(accepted.getPrimaryState(), values[0]))) {
                    // An event stopped the step early or reset the state: the history no longer holds.
                    count = restart(reached, accepted.getPrimaryState(), accepted.getPrimaryDerivative(), stepH);
                    order = 1;
                    wait = 2;
                    continue;
                }
            } else {
                acceptedSteps++;
                if (select) {
                    dividedDifferences(t1, nodeCount);
                }
                count = push(t1, y, count);
                reached = t1;
                stop = last || !observer.stepAccepted(t1);
            }
            if (stop) {
                // What a segment that goes on from here unchanged resumes with: this step's proposal, order, history.
                resumeStep = h;
                resumeOrder = q;
                resumeCount = count;
                resumeWait = Math.max(wait, 1);
                break;
            }
            // Order and step selection, after q + 1 steps at this order and step.
            double eta = 1;
            int newOrder = q;
            if (select) {
                eta = growth(error, q, 6);
                if (q > 1) {
                    double down = growth(orderError(q - 1, nodeCount), q - 1, 6);
                    if (down > eta) {
                        eta = down;
                        newOrder = q - 1;
                    }
                }
                if (q < MAX_ORDER && nodeCount >= q + 3) {
                    double up = growth(orderError(q + 1, nodeCount), q + 1, 10);
                    if (up > eta) {
                        eta = up;
                        newOrder = q + 1;
                    }
                }
                if (eta < GROWTH_THRESHOLD) {
                    eta = 1;
                    newOrder = q;
                } else {
                    eta = Math.min(eta, first ? MAX_FIRST_GROWTH : MAX_GROWTH);
                    wait = newOrder + 1;
                }
            }
            first = false;
            order = newOrder;
            h = Math.min(stepH * eta, getMaxStep());
        }
        resumable = true;
        return reached;
    }

    /** Hands the accepted step (y at t1, divided differences computed) to Hipparchus: its dense output and events. */
    private ODEStateAndDerivative acceptDense(double t1, int q, double stepH, EquationsMapper mapper, double finalTime) {
        ODEStateAndDerivative stepStart = getStepStart();
        double[][] coefficients = new double[q + 1][];
        for (int j = 0; j <= q; j++) {
            coefficients[j] = differences[j].clone();
        }
        double[] stepNodes = Arrays.copyOf(nodes, q + 1);
        double[] yEnd = y.clone();
        double[] yDotEnd = new double[n];
        polynomial(coefficients, stepNodes, t1, yEnd.clone(), yDotEnd);
        setStepSize(stepH);
        ODEStateAndDerivative stepEnd = mapper.mapStateAndDerivative(t1, yEnd, yDotEnd);
        ODEStateAndDerivative accepted = acceptStep(new Interpolator(stepStart, stepEnd, stepStart, stepEnd, mapper,
                coefficients, stepNodes), finalTime);
        setStepStart(accepted);
        return accepted;
    }

    /** Starts the history at a state: its value and a made-up earlier one on its tangent, so order 1 can run. */
    private int restart(double t, double[] state, double[] slope, double h) {
        times[0] = t;
        System.arraycopy(state, 0, values[0], 0, n);
        times[1] = times[0] - h;
        for (int i = 0; i < n; i++) {
            values[1][i] = values[0][i] - h * slope[i];
        }
        madeUp = true;
        return 2;
    }

    /** Adds an accepted value to the history (the oldest array is reused); returns the new count of values. */
    private int push(double t, double[] value, int count) {
        double[] oldest = values[HISTORY - 1];
        System.arraycopy(values, 0, values, 1, HISTORY - 1);
        System.arraycopy(times, 0, times, 1, HISTORY - 1);
        values[0] = oldest;
        System.arraycopy(value, 0, oldest, 0, n);
        times[0] = t;
        // A made-up restart point is only good for the first step: drop it once real values follow.
        if (madeUp) {
            madeUp = false;
            return 2;
        }
        return Math.min(count + 1, HISTORY);
    }

    private double shrink(double h, double factor, double t0) {
        double smaller = h * factor;
        if (smaller < 16 * Math.ulp(Math.max(1.0, Math.abs(t0)))) {
            throw new MathIllegalStateException(LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION,
                    smaller, 16 * Math.ulp(t0), true);
        }
        return smaller;
    }

    /** CVODE's step factor for an error estimate at order q: 1 / ((bias error)^(1/(q+1)) + 1e-6). */
    private static double growth(double error, int q, double bias) {
        return 1.0 / (Math.pow(bias * error, 1.0 / (q + 1)) + 1e-6);
    }

    /** The predictor: the polynomial through the last q + 1 values, at t1 (Lagrange form), into predicted. */
    private void predict(double t1, int q) {
        Arrays.fill(predicted, 0);
        for (int j = 0; j <= q; j++) {
            double weight = 1;
            for (int m = 0; m <= q; m++) {
                if (m != j) {
                    weight *= (t1 - times[m]) / (times[j] - times[m]);
                }
            }
            double[] value = values[j];
            for (int i = 0; i < n; i++) {
                predicted[i] += weight * value[i];
            }
        }
    }

    /**
     * The BDF formula of order q at t1: the slope at t1 of the polynomial through (t1, y) and the last q values is
     * alpha0 y + constantPart; returns alpha0 and fills constantPart (the derivatives of the Lagrange basis at t1).
     */
    private double bdfCoefficients(double t1, int q) {
        double alpha0 = 0;
        for (int m = 0; m < q; m++) {
            alpha0 += 1.0 / (t1 - times[m]);
        }
        Arrays.fill(constantPart, 0);
        for (int j = 0; j < q; j++) {
            double numerator = 1;
            double denominator = times[j] - t1;
            for (int m = 0; m < q; m++) {
                if (m != j) {
                    numerator *= t1 - times[m];
                    denominator *= times[j] - times[m];
                }
            }
            double alpha = numerator / denominator;
            double[] value = values[j];
            for (int i = 0; i < n; i++) {
                constantPart[i] += alpha * value[i];
            }
        }
        return alpha0;
    }

    /**
     * Modified Newton from the prediction: y += -(I - gamma J)^-1 gamma (alpha0 y + constantPart - f(y)), scaled
     * when the factored gamma is stale. Returns whether it converged (y then holds the solution).
     */
    private boolean correct(double gamma, double factoredGamma, double alpha0) {
        System.arraycopy(predicted, 0, y, 0, n);
        double ratio = gamma / factoredGamma;
        double scale = ratio == 1 ? 1 : 2.0 / (1.0 + ratio);
        double rate = 1;
        double previous = 0;
        for (int iteration = 0; iteration < MAX_NEWTON_ITERATIONS; iteration++) {
            stageEvaluations++;
            system.derivatives(y, f);
            for (int i = 0; i < n; i++) {
                correction[i] = -gamma * (alpha0 * y[i] + constantPart[i] - f[i]);
            }
            lu.solve(correction);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double c = scale * correction[i];
                y[i] += c;
                double e = c * weights[i];
                sum += e * e;
            }
            double norm = Math.sqrt(sum / n);
            if (!Double.isFinite(norm)) {
                return false;
            }
            if (iteration > 0) {
                rate = Math.max(0.3 * rate, norm / previous);
                if (norm > DIVERGENCE_RATIO * previous) {
                    return false;
                }
            }
            if (norm * Math.min(1, rate) <= NEWTON_TOLERANCE) {
                return true;
            }
            previous = norm;
        }
        return false;
    }

    /**
     * Newton's divided differences over nodes t1, t_n, t_{n-1}, ... (nodeCount of them) with values y, y_n, ...:
     * differences[j] = y[x_0, ..., x_j].
     */
    private void dividedDifferences(double t1, int nodeCount) {
        nodes[0] = t1;
        System.arraycopy(y, 0, differences[0], 0, n);
        for (int j = 1; j < nodeCount; j++) {
            nodes[j] = times[j - 1];
            System.arraycopy(values[j - 1], 0, differences[j], 0, n);
        }
        for (int j = 1; j < nodeCount; j++) {
            for (int k = nodeCount - 1; k >= j; k--) {
                // One division per pass, not per entry (a vector division costs several multiplications).
                double inverseWidth = 1.0 / (nodes[k] - nodes[k - j]);
                double[] high = differences[k];
                double[] low = differences[k - 1];
                for (int i = 0; i < n; i++) {
                    high[i] = (high[i] - low[i]) * inverseWidth;
                }
            }
        }
    }

    /**
     * The estimated local error at order q (Milne's form, as for the order used): the (q + 1)-th divided
     * difference times prod_{j=1}^{q+1} (t1 - x_j) / (alpha0(q) (t1 - x_{q+1}) - 1), in the weighted norm.
     */
    private double orderError(int q, int nodeCount) {
        if (q + 2 > nodeCount) {
            return Double.POSITIVE_INFINITY;
        }
        double t1 = nodes[0];
        double product = 1;
        double alpha0 = 0;
        for (int j = 1; j <= q + 1; j++) {
            product *= t1 - nodes[j];
            if (j <= q) {
                alpha0 += 1.0 / (t1 - nodes[j]);
            }
        }
        double factor = product / (alpha0 * (t1 - nodes[q + 1]) - 1);
        double[] difference = differences[q + 1];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = difference[i] * factor * weights[i];
            sum += e * e;
        }
        return Math.sqrt(sum / n);
    }

    /** The Newton-form polynomial and its derivative at t (Horner), into value and slope. */
    private static void polynomial(double[][] coefficients, double[] nodes, double t, double[] value, double[] slope) {
        int degree = coefficients.length - 1;
        int size = value.length;
        System.arraycopy(coefficients[degree], 0, value, 0, size);
        Arrays.fill(slope, 0);
        for (int j = degree - 1; j >= 0; j--) {
            double offset = t - nodes[j];
            double[] c = coefficients[j];
            for (int i = 0; i < size; i++) {
                slope[i] = slope[i] * offset + value[i];
                value[i] = value[i] * offset + c[i];
            }
        }
    }

    /** The BDF polynomial of the step (through its end and the last q values), with its derivative. */
    private static final class Interpolator extends AbstractODEStateInterpolator {

        private static final long serialVersionUID = 1L;

        private final double[][] coefficients;
        private final double[] nodes;

        Interpolator(ODEStateAndDerivative globalPrevious, ODEStateAndDerivative globalCurrent,
                ODEStateAndDerivative softPrevious, ODEStateAndDerivative softCurrent, EquationsMapper mapper,
                double[][] coefficients, double[] nodes) {
            super(true, globalPrevious, globalCurrent, softPrevious, softCurrent, mapper);
            this.coefficients = coefficients;
            this.nodes = nodes;
        }

        @Override
        protected Interpolator create(boolean forward, ODEStateAndDerivative globalPrevious,
                ODEStateAndDerivative globalCurrent, ODEStateAndDerivative softPrevious,
                ODEStateAndDerivative softCurrent, EquationsMapper mapper) {
            return new Interpolator(globalPrevious, globalCurrent, softPrevious, softCurrent, mapper, coefficients,
                    nodes);
        }

        @Override
        protected ODEStateAndDerivative computeInterpolatedStateAndDerivatives(EquationsMapper mapper, double time,
                double theta, double thetaH, double oneMinusThetaH) {
            int size = coefficients[0].length;
            double[] value = new double[size];
            double[] slope = new double[size];
            polynomial(coefficients, nodes, time, value, slope);
            return mapper.mapStateAndDerivative(time, value, slope);
        }
    }
}
