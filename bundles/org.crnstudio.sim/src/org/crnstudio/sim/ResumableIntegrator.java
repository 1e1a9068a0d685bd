package org.crnstudio.sim;

/**
 * An integrator that runs a simulation segment by segment and carries what still holds across segment
 * boundaries ({@link SegmentStart}), with a lean path for runs that record nothing between boundaries. Made by
 * {@link IntegratorFactory} for the stiff methods; {@link OdeSession} uses it whenever the chosen method has it.
 */
interface ResumableIntegrator extends StiffCounters {

    /** Says how the next integration (either path) starts relative to the end of the last one. */
    void nextSegment(SegmentStart start);

    /**
     * Integrates the system's ODE from (t, y) to {@code end} in place, with no dense output, step handler or event
     * detector (the Hipparchus {@code integrate} keeps those for runs that record outputs). The observer sees every
     * accepted step and may stop the run; returns the time reached ({@code end} unless it stopped).
     */
    double integrateInPlace(double t, double[] y, double end, StepObserver observer);

    /** Accepted steps over every call, both paths. */
    long acceptedSteps();

    /** Sees each accepted step of a lean integration. */
    @FunctionalInterface
    interface StepObserver {

        StepObserver NONE = t -> true;

        /** Called after the step ending at t was accepted; false stops the integration there. */
        boolean stepAccepted(double t);
    }
}
