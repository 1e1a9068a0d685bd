package org.crnstudio.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Species;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * A deterministic run that advances in segments: between two segments species can be set (dynamic or folded alike),
 * a clock phase opened and noise redrawn, without recompiling the network (the compiled system's rate constants and
 * folded values change in place, the integrator restarts from the current state). The plan's own events run by
 * themselves as time passes: its timed changes ({@code at T set}, {@code at T phase}), its clock and its noise
 * windows are segment boundaries, applied at their exact times.
 * <p>
 * Phases: a reaction without a phase always runs; one with phase P runs only while P is active ({@link PhaseGate}).
 * The run starts in the network's first phase unless the plan opens one at t = 0 (its clock does). Opening phase P
 * explicitly (clock, {@code at T phase P}, {@link #activatePhase}) also sets every species named like a phase of the
 * network or the clock to 1 for P and 0 for the others, so clock species that gate reactions as catalysts follow.
 * These rules live in {@link ScheduledEvents}, which the stochastic runs share.
 * <p>
 * {@code until steady(tol)}: once no timed change remains, the run stops when every |dx/dt| < tol.
 * Cancellation (the monitor) is checked after every integrator step; a canceled or settled session stops advancing.
 */
public final class OdeSession {

    private final SimulationPlan plan;
    private final SimulationMonitor monitor;
    private final MassActionSystem system;
    private final MassActionOde ode;
    private final IntegratorFactory.ChosenIntegrator chosen;
    private final AbstractIntegrator integrator;
    /** The chosen integrator when it can resume across segments and run without dense output; else null. */
    private final ResumableIntegrator resumable;
    /** What changed since the last segment ended: how the next one starts. */
    private SegmentStart nextStart = SegmentStart.COLD;
    /** Counts lean steps and checks cancellation after each. */
    private final ResumableIntegrator.StepObserver leanObserver = this::leanStepAccepted;
    private final ScheduledEvents events;
    private final ScheduledEvents.Target target = new SessionTarget();
    private final NoiseProcess noise;
    private final int[] noisySpecies;
    private final double[] noiseOffsets;
    private final Map<String, Integer> speciesIndex = new HashMap<>();
    private final double[] state;
    private final double[] factors;
    private SteadyStateDetector steady;
    private OutputSampler sampler;
    private double time;
    private long steps;
    private long segments;
    private long integrationNanos;
    private boolean canceled;
    private boolean steadyReached;

    private OdeSession(SimulationPlan plan, SimulationMonitor monitor) {
        this.plan = plan;
        this.monitor = monitor;
        this.system = MassActionSystem.compile(plan.network(), plan.initialConcentrations());
        this.ode = new MassActionOde(system);
        // One integrator for every segment: a restart reuses its work arrays and the system's LU analysis.
        this.chosen = IntegratorFactory.create(system, plan, plan.endTime());
        this.integrator = chosen.integrator();
        this.resumable = chosen.resumable();
        integrator.addStepHandler(new StepForwarder());
        integrator.addStepEndHandler((stepEnd, forward) -> {
            if (monitor.isCanceled()) {
                canceled = true;
                return Action.STOP;
            }
            return Action.CONTINUE;
        });
        List<Species> species = system.species();
        for (int s = 0; s < species.size(); s++) {
            speciesIndex.putIfAbsent(species.get(s).getName(), s);
        }
        this.events = new ScheduledEvents(plan, speciesIndex.keySet());
        NoiseSettings settings = plan.noise();
        this.noise = settings == null ? null
                : new NoiseProcess(settings, plan.seed(), system.declaredForwardRates());
        this.noisySpecies = settings == null ? new int[0]
                : settings.species().stream().mapToInt(speciesIndex::get).toArray();
        this.noiseOffsets = new double[noisySpecies.length];
        this.state = system.initialState();
        this.factors = new double[events.reactionCount()];
    }

    /** Compiles the plan's network and applies what the plan does at t = 0 (its changes, clock and noise there). */
    public static OdeSession start(SimulationPlan plan) {
        return start(plan, SimulationMonitor.NONE);
    }

    /** As {@link #start(SimulationPlan)}, checking the monitor for cancellation after every step. */
    public static OdeSession start(SimulationPlan plan, SimulationMonitor monitor) {
        OdeSession session = new OdeSession(plan, monitor);
        session.applyDueEvents();
        return session;
    }

    public double time() {
        return time;
    }

    public SimulationPlan plan() {
        return plan;
    }

    /** The compiled system (its folded values and rate constants as they are now). */
    public MassActionSystem system() {
        return system;
    }

    /** Integrates up to time t (>= time()), applying the plan's events on the way; stops early if canceled or settled. */
    public void advanceTo(double t) {
        if (!(t >= time) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("cannot advance " + plan.name() + " from t = " + time + " to t = " + t
                    + ": the target must be a finite time >= the current one");
        }
        while (!stopped() && time < t) {
            double segmentEnd = Math.min(t, nextEventTime());
            integrateTo(segmentEnd);
            if (stopped()) {
                return;
            }
            applyDueEvents();
        }
    }

    /** Integrates for the given duration (>= 0). */
    public void advance(double duration) {
        advanceTo(time + duration);
    }

    /** Whether the run stopped for good: canceled, or settled ({@code until steady}). */
    public boolean stopped() {
        return canceled || steadyReached;
    }

    public boolean canceled() {
        return canceled;
    }

    public boolean steadyReached() {
        return steadyReached;
    }

    public double concentration(String species) {
        return concentrationAt(indexOf(species));
    }

    /** Every species' concentration in network order (folded ones included). */
    public double[] concentrations() {
        double[] out = new double[system.species().size()];
        system.concentrations(state, out);
        return out;
    }

    /** Sets a species (dynamic or folded) from now on; the next segment starts from it. */
    public void set(String species, double value) {
        setAt(indexOf(species), value, species, 0);
        applyRateFactors();
    }

    /**
     * Opens a phase from now on: null (or {@value PhaseGate#NO_PHASE}) switches every phased reaction off. Clock
     * species (species named like a phase) become 1 for the opened phase, 0 for the others.
     */
    public void activatePhase(String phaseOrNull) {
        events.openPhase(phaseOrNull, target, 0);
        applyRateFactors();
    }

    /** The active phase, null when none is. */
    public String activePhase() {
        return events.activePhase();
    }

    /** The factor on each network reaction's declared rate constant now: phase gate times noise. */
    public double[] rateFactors() {
        return system.rateFactors();
    }

    /** Right-hand-side evaluations so far. */
    public long rhsEvaluations() {
        return ode.evaluations();
    }

    /**
     * What the integration cost so far over every segment: the method (and how it was chosen), steps, rejected
     * steps, RHS and Jacobian evaluations, LU factorizations, integration time.
     */
    public RunStatistics statistics() {
        return chosen.statistics(ode.evaluations(), integrationNanos / 1e9);
    }

    /** The method's description: which integrator runs and how it was chosen. */
    public String method() {
        return chosen.description();
    }

    /** Accepted integrator steps so far. */
    public long steps() {
        return steps;
    }

    /** Integration segments so far: one per stretch between changes (events of the plan, calls to advance). */
    public long segments() {
        return segments;
    }

    /** Attaches the output grid: rows up to now are recorded at once, the others as they are reached. */
    void attach(OutputSampler outputSampler) {
        this.sampler = outputSampler;
        outputSampler.recordUpTo(time, state);
    }

    /** The state vector (dynamic species), live. */
    double[] state() {
        return state;
    }

    private int indexOf(String species) {
        Integer index = speciesIndex.get(species);
        if (index == null) {
            throw new SimulationException("'" + species + "' is not a species of network " + plan.network().getName(),
                    plan.line());
        }
        return index;
    }

    private double concentrationAt(int s) {
        int stateIndex = system.stateIndexOf(s);
        return stateIndex >= 0 ? state[stateIndex] : system.foldedConcentration(s);
    }

    private void setAt(int s, double value, String name, int line) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new SimulationException("cannot set " + name + " = " + value + " in " + plan.name()
                    + ": concentrations must be finite and not negative", line > 0 ? line : plan.line());
        }
        int stateIndex = system.stateIndexOf(s);
        if (stateIndex >= 0) {
            if (state[stateIndex] != value) {
                state[stateIndex] = value;
                nextStart = nextStart.and(SegmentStart.STATE_JUMP);
            }
        } else if (system.foldedConcentration(s) != value) {
            system.setFoldedConcentration(s, value);
            nextStart = nextStart.and(SegmentStart.CONTINUOUS);
        }
    }

    private void applyRateFactors() {
        boolean changed = false;
        for (int j = 0; j < factors.length; j++) {
            double factor = events.gateFactor(j) * (noise == null ? 1.0 : noise.rateFactor(j));
            changed |= factor != factors[j];
            factors[j] = factor;
        }
        if (changed) {
            system.setRateFactors(factors);
            nextStart = nextStart.and(SegmentStart.CONTINUOUS);
        }
    }

    private double nextEventTime() {
        double next = events.nextTime();
        if (noise != null) {
            next = Math.min(next, noise.nextTime());
        }
        return next;
    }

    /** Applies every event due now: noise closing, timed changes, clock switch, noise opening, in this order. */
    private void applyDueEvents() {
        double due = ScheduledEvents.dueBy(time);
        if (noise != null && noise.isOpen() && noise.nextTime() <= due) {
            noise.close();
            for (int i = 0; i < noisySpecies.length; i++) {
                setAt(noisySpecies[i], Math.max(concentrationAt(noisySpecies[i]) - noiseOffsets[i], 0.0), "", 0);
                noiseOffsets[i] = 0;
            }
        }
        events.applyDue(time, target);
        if (noise != null && !noise.isOpen() && noise.nextTime() <= due) {
            noise.open();
            for (int i = 0; i < noisySpecies.length; i++) {
                double before = concentrationAt(noisySpecies[i]);
                double noisy = noise.noisy(i, before);
                noiseOffsets[i] = noisy - before;
                setAt(noisySpecies[i], noisy, "", 0);
            }
        }
        applyRateFactors();
        if (sampler != null) {
            sampler.recordUpTo(time, state);
        }
    }

    /** Integrates from time to end (> time) with the current constants; stops early if canceled or settled. */
    private void integrateTo(double end) {
        if (monitor.isCanceled()) {
            canceled = true;
            return;
        }
        boolean watchSteady = plan.untilSteady() && !events.changesRemain() && !events.hasClock();
        if (watchSteady && settledNow()) {
            return;
        }
        segments++;
        if (system.dimension() == 0) {
            if (sampler != null) {
                sampler.recordBefore(end, state);
            }
            time = end;
            return;
        }
        if (sampler != null) {
            sampler.segmentEndsAt(end);
        }
        if (resumable != null) {
            resumable.nextSegment(nextStart);
            if (sampler == null && !watchSteady) {
                integrateLean(end);
                return;
            }
        }
        integrator.clearEventDetectors();
        if (watchSteady) {
            if (steady == null) {
                steady = new SteadyStateDetector(system, plan.steadyTolerance(), plan.endTime());
            }
            integrator.addEventDetector(steady);
        }
        ODEStateAndDerivative last;
        long start = System.nanoTime();
        try {
            last = integrator.integrate(ode, new ODEState(time, state.clone()), end);
        } catch (MathRuntimeException e) {
            throw failure(e);
        } finally {
            integrationNanos += System.nanoTime() - start;
        }
        nextStart = SegmentStart.UNCHANGED;
        System.arraycopy(last.getPrimaryState(), 0, state, 0, state.length);
        if (watchSteady && steady.reached()) {
            steadyReached = true;
            time = last.getTime();
        } else {
            // The last step ends at end up to round-off: land on it exactly, the boundary's events are due there.
            time = canceled ? last.getTime() : end;
        }
    }

    /**
     * A segment nobody watches between its ends (no output grid, no steady-state detector): the integrator's lean
     * path, in place on the state, with no dense output or step handlers.
     */
    private void integrateLean(double end) {
        long start = System.nanoTime();
        double reached;
        try {
            reached = resumable.integrateInPlace(time, state, end, leanObserver);
        } catch (MathRuntimeException e) {
            throw failure(e);
        } finally {
            integrationNanos += System.nanoTime() - start;
        }
        nextStart = SegmentStart.UNCHANGED;
        time = canceled ? reached : end;
    }

    private boolean leanStepAccepted(double t) {
        steps++;
        if (monitor.isCanceled()) {
            canceled = true;
            return false;
        }
        return true;
    }

    private SimulationException failure(MathRuntimeException e) {
        String advice = chosen.method().isStiff() ? "try other tolerances with ode(stiff, rtol = ..., atol = ...)"
                : "the network may be stiff: try method ode(stiff), or other tolerances with"
                        + " ode(rtol = ..., atol = ...)";
        return new SimulationException("the integration of " + plan.name() + " failed at t = " + time + ": "
                + e.getMessage() + " (" + chosen.description() + "; " + advice + ")", plan.line(), e);
    }

    private boolean settledNow() {
        double[] derivatives = new double[state.length];
        system.derivatives(state, derivatives);
        if (SteadyStateDetector.largestRate(derivatives) < plan.steadyTolerance()) {
            steadyReached = true;
            return true;
        }
        return false;
    }

    /** The session's species, for the schedule's sets and clock species. */
    private final class SessionTarget implements ScheduledEvents.Target {
        @Override
        public double concentration(String species) {
            return concentrationAt(indexOf(species));
        }

        @Override
        public void set(String species, double concentration, int line) {
            setAt(indexOf(species), concentration, species, line);
        }
    }

    /** Counts steps and hands them to the output grid. */
    private final class StepForwarder implements ODEStepHandler {
        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            steps++;
            if (sampler != null) {
                sampler.handleStep(interpolator);
            }
        }
    }
}
