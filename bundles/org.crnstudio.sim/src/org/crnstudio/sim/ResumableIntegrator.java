package org.crnstudio.sim;

/**
 * An integrator that runs a simulation segment by segment and carries what still holds across segment
 * boundaries ({@link SegmentStart}), with a lean path for runs that record nothing between boundaries: no dense
 * output objects, no array copies per step, no Hipparchus step handling. {@link IntegratorFactory} makes the
 * stiff methods (BDF, Rodas4) resumable; {@link OdeSession} uses this whenever the chosen method has it: it says
 * before each segment what changed at the boundary, and takes the lean path when it records nothing inside the
 * segment (no output grid, no steady-state watch). The integrators work on their own mass-action system: the
 * segments' changes (rate factors, folded values) are made on that system between calls.
 */
public interface ResumableIntegrator {

    /**
     * Says how the next integration (either path: this one or Hipparchus' {@code integrate}) starts relative to the
     * end of the last one; the hint is used once. Without it, or after a failed integration, a start is cold.
     */
    void nextSegment(SegmentStart start);

    /**
     * Integrates the system's ODE from (t, y) to {@code end} in place, with no dense output, step handler or event
     * detector (the Hipparchus {@code integrate} keeps those for runs that record outputs). The observer sees every
     * accepted step and may stop the run; returns the time reached ({@code end} unless it stopped).
     */
    double integrateInPlace(double t, double[] y, double end, StepObserver observer);

    /** Accepted steps of the lean path over every call (the Hipparchus path's steps reach its step handlers). */
    long acceptedSteps();

    /** Sees each accepted step of a lean integration. */
    @FunctionalInterface
    interface StepObserver {

        StepObserver NONE = t -> true;

        /** Called after the step ending at t was accepted; false stops the integration there. */
        boolean stepAccepted(double t);
    }
}
