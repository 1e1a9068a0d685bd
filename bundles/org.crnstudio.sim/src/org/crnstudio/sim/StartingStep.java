package org.crnstudio.sim;

/**
 * The first step of an integration from a state where nothing is known of the step sizes: Hairer, Norsett and
 * Wanner's estimate (Solving ODEs I, section II.4), as Hipparchus' {@code initializeStep} computes it, here on the
 * mass-action system directly so a segment start needs no Hipparchus state. h0 = 0.01 |y| / |y'| (in the
 * tolerance-scaled norm), an explicit Euler step of h0 gives an estimate of |y''|, and the step is the one whose
 * h^order max(|y'|, |y''|) is 0.01, at most 100 h0. Costs one right-hand-side evaluation.
 */
final class StartingStep {

    private final MassActionSystem system;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final double[] euler;
    private final double[] slope;
    private long evaluations;

    StartingStep(MassActionSystem system, double absoluteTolerance, double relativeTolerance) {
        this.system = system;
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
        this.euler = new double[system.dimension()];
        this.slope = new double[system.dimension()];
    }

    /** The starting step for a method of the given order from (t0, y0) with slope f0, at most maxStep. */
    double estimate(double t0, double[] y0, double[] f0, int order, double maxStep) {
        int n = y0.length;
        double yOnScale2 = 0;
        double yDotOnScale2 = 0;
        for (int i = 0; i < n; i++) {
            double scale = absoluteTolerance + relativeTolerance * Math.abs(y0[i]);
            double ratio = y0[i] / scale;
            yOnScale2 += ratio * ratio;
            ratio = f0[i] / scale;
            yDotOnScale2 += ratio * ratio;
        }
        double h = yOnScale2 < 1e-10 || yDotOnScale2 < 1e-10 ? 1e-6 : 0.01 * Math.sqrt(yOnScale2 / yDotOnScale2);
        h = Math.min(h, maxStep);
        for (int i = 0; i < n; i++) {
            euler[i] = y0[i] + h * f0[i];
        }
        evaluations++;
        system.derivatives(euler, slope);
        double yDDotOnScale = 0;
        for (int i = 0; i < n; i++) {
            double scale = absoluteTolerance + relativeTolerance * Math.abs(y0[i]);
            double ratio = (slope[i] - f0[i]) / scale;
            yDDotOnScale += ratio * ratio;
        }
        yDDotOnScale = Math.sqrt(yDDotOnScale) / h;
        double maxInv2 = Math.max(Math.sqrt(yDotOnScale2), yDDotOnScale);
        double h1 = maxInv2 < 1e-15 ? Math.max(1e-6, 0.001 * h) : Math.pow(0.01 / maxInv2, 1.0 / order);
        h = Math.min(100 * h, h1);
        h = Math.max(h, 1e-12 * Math.abs(t0));
        return Math.min(h, maxStep);
    }

    /**
     * The first step of a one-step method's segment (Dormand-Prince, Rodas4), which keeps nothing across a boundary
     * but its step size: the last segment's step when only the right-hand side changed or nothing did (measured on
     * the noisy one-pot training: 6 % fewer stages than a fresh estimate), else a fresh estimate, never above the
     * last step after a jump of the state.
     */
    double forSegment(SegmentStart how, double resumeStep, double t0, double[] y0, double[] f0, int order,
            double maxStep) {
        if (how == SegmentStart.CONTINUOUS || how == SegmentStart.UNCHANGED) {
            return Math.min(resumeStep, maxStep);
        }
        double h = estimate(t0, y0, f0, order, maxStep);
        return how == SegmentStart.STATE_JUMP ? Math.min(h, resumeStep) : h;
    }

    /** Right-hand-side evaluations made so far. */
    long evaluations() {
        return evaluations;
    }
}
