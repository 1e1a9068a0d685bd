package org.crnstudio.sim;

/**
 * How an integration segment starts relative to the one before it, so that a {@link ResumableIntegrator} keeps
 * what still holds (the step size, the Jacobian and the factored iteration matrix) instead of starting cold. The
 * caller (the {@link OdeSession}) knows what changed at the boundary; the integrator decides what to reuse.
 */
public enum SegmentStart {

    /** Nothing to reuse (the first segment): a fresh starting-step estimate and a fresh Jacobian. */
    COLD,

    /**
     * The state itself jumped (a set of a dynamic species, node noise): the step size is estimated afresh at the
     * new state (never above the last one), the Jacobian is kept as Newton's first guess.
     */
    STATE_JUMP,

    /**
     * The state is continuous but the right-hand side changed (rate factors, folded concentrations, a phase): the
     * last step size (bounded by the segment) and the iteration matrix are kept while Newton converges with them;
     * a multistep history restarts at order 1, since f jumped, from the smaller of the last step and a fresh
     * estimate at the new slope.
     */
    CONTINUOUS,

    /** Nothing changed since the last segment ended (the run was only split): the integration goes on as one. */
    UNCHANGED;

    /** The start that covers this change and {@code other}: the colder one (a jump outweighs a new right-hand side). */
    SegmentStart and(SegmentStart other) {
        return ordinal() < other.ordinal() ? this : other;
    }
}
