package org.crnstudio.sim;

import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;

/**
 * What BDF and Rodas4 share as resumable integrators of their own mass-action system: the segment-start hint and
 * whether the last integration can be resumed, the counters they report ({@link StiffCounters}), the starting-step
 * estimate, and Hipparchus' {@code integrate} as a call of the same stepping loop the lean path runs.
 */
abstract class ResumableStiffIntegrator extends AdaptiveStepsizeIntegrator
        implements ResumableIntegrator, StiffCounters {

    final MassActionSystem system;
    final StartingStep startingStep;
    /** How the next segment starts; consumed by it (a caller that says nothing gets a cold start). */
    SegmentStart nextStart = SegmentStart.COLD;
    /** Whether the last integration ended normally, so what it carries can be resumed. */
    boolean resumable;
    long acceptedSteps;
    long jacobianEvaluations;
    long factorizations;
    long rejectedSteps;
    long stageEvaluations;

    ResumableStiffIntegrator(String name, MassActionSystem system, double maxStep, double absoluteTolerance,
            double relativeTolerance) {
        super(name, 0.0, maxStep, absoluteTolerance, relativeTolerance);
        this.system = system;
        this.startingStep = new StartingStep(system, absoluteTolerance, relativeTolerance);
    }

    /** The method's short name in messages. */
    abstract String shortName();

    /**
     * The steps from (t, y) to finalTime. With a mapper every accepted step goes through Hipparchus (dense output,
     * handlers, events); without, the observer sees each step. slope: f at the start, null when not computed yet.
     * Returns the time reached.
     */
    abstract double run(double t, double[] y, double[] slope, double finalTime, EquationsMapper mapper,
            StepObserver observer);

    /** The state at the time the last {@link #run} reached (the integrator's own array: copy it out). */
    abstract double[] reachedState();

    @Override
    public double integrateInPlace(double t, double[] state, double end, StepObserver observer) {
        MassActionArguments.checkInPlace(shortName(), system.dimension(), t, end, state);
        double reached = run(t, state, null, end, null, observer);
        System.arraycopy(reachedState(), 0, state, 0, state.length);
        return reached;
    }

    /** How this integration starts: the hint if the last one can be resumed, else cold; the hint is used up. */
    SegmentStart takeStart() {
        SegmentStart how = resumable ? nextStart : SegmentStart.COLD;
        nextStart = SegmentStart.COLD;
        resumable = false;
        return how;
    }

    @Override
    public ODEStateAndDerivative integrate(ExpandableODE equations, ODEState initialState, double finalTime) {
        sanityChecks(initialState, finalTime);
        setStepStart(initIntegration(equations, initialState, finalTime));
        EquationsMapper mapper = equations.getMapper();
        MassActionArguments.checkEquations(shortName(), system.dimension(), initialState.getTime(), finalTime, mapper);
        ODEStateAndDerivative start = getStepStart();
        setIsLastStep(false);
        run(start.getTime(), start.getPrimaryState(), start.getPrimaryDerivative(), finalTime, mapper,
                StepObserver.NONE);
        ODEStateAndDerivative finalState = getStepStart();
        resetInternalState();
        return finalState;
    }

    @Override
    public void nextSegment(SegmentStart start) {
        nextStart = start;
    }

    @Override
    public long acceptedSteps() {
        return acceptedSteps;
    }

    @Override
    public long stageEvaluations() {
        return stageEvaluations + startingStep.evaluations();
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
}
