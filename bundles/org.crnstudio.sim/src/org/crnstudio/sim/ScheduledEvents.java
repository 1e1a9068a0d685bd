package org.crnstudio.sim;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A run's timed changes ({@code at T set}, {@code at T phase}) and its clock as one stream in time order, and the
 * phase they leave open: the rules every engine follows (the ODE's {@link OdeSession} and the stochastic runs), so
 * they are written once. Each run has its own instance (it remembers which events it has applied).
 * <p>
 * Events due at the same time are applied in the order: timed changes (in their order), then the clock switch. An
 * event counts as due at time t when it is at most {@link #dueBy(double)} (t plus round-off), so an event computed as
 * i * period lands on the output time it means. Opening phase P (clock, {@code at T phase P}, {@link #openPhase})
 * switches the {@link PhaseGate} and sets every clock species (a species named like a phase of the network or of the
 * clock) to 1 for P and 0 for the others, so species that gate reactions as catalysts follow the phase.
 */
final class ScheduledEvents {

    /** What the events act on: an engine's state, in concentrations (the engine converts, e.g. to counts). */
    interface Target {
        double concentration(String species);

        /** Sets a species (dynamic or folded) from now on; line: the source line of the event (0 if unknown). */
        void set(String species, double concentration, int line);
    }

    private final List<TimedChange> changes;
    private final ClockSchedule clock;
    private final PhaseGate gate;
    private final List<String> clockSpecies;
    private int nextChange;
    private long nextClockInterval;

    /** The plan's events over a network with the given species names (for the clock species). */
    ScheduledEvents(SimulationPlan plan, Collection<String> speciesNames) {
        this.changes = plan.changes();
        this.clock = plan.clock();
        this.gate = new PhaseGate(plan.network());
        LinkedHashSet<String> phases = new LinkedHashSet<>(gate.phases());
        if (clock != null) {
            phases.addAll(clock.phases());
        }
        this.clockSpecies = phases.stream().filter(speciesNames::contains).toList();
    }

    /** Whether a plan has anything that changes a run as it goes, or gates reactions by phase. */
    static boolean anyIn(SimulationPlan plan) {
        return !plan.changes().isEmpty() || plan.clock() != null || !PhaseGate.phasesOf(plan.network()).isEmpty();
    }

    /** The latest time at which an event still counts as due at time (round-off of computed times). */
    static double dueBy(double time) {
        return time + 1e-12 * Math.max(1.0, Math.abs(time));
    }

    /** The time of the next event not applied yet: infinity when none is left. */
    double nextTime() {
        double next = Double.POSITIVE_INFINITY;
        if (nextChange < changes.size()) {
            next = changes.get(nextChange).time();
        }
        if (clock != null) {
            next = Math.min(next, nextClockInterval * clock.period());
        }
        return next;
    }

    /** Whether a timed change is still to come (the clock aside, which runs for ever). */
    boolean changesRemain() {
        return nextChange < changes.size();
    }

    boolean hasClock() {
        return clock != null;
    }

    /** Applies every event due at time (timed changes, then the clock switch); true when any was. */
    boolean applyDue(double time, Target target) {
        double due = dueBy(time);
        boolean applied = false;
        while (nextChange < changes.size() && changes.get(nextChange).time() <= due) {
            TimedChange change = changes.get(nextChange++);
            if (change.switchesPhase()) {
                openPhase(change.phase(), target, change.line());
            }
            change.values().forEach((name, value) -> target.set(name, value, change.line()));
            applied = true;
        }
        while (clock != null && nextClockInterval * clock.period() <= due) {
            openPhase(clock.phaseOfInterval(nextClockInterval++), target, clock.line());
            applied = true;
        }
        return applied;
    }

    /** Opens a phase (null or {@value PhaseGate#NO_PHASE}: none) and sets the clock species to follow it. */
    void openPhase(String phaseOrNull, Target target, int line) {
        gate.activate(phaseOrNull);
        for (String name : clockSpecies) {
            double value = name.equals(gate.active()) ? 1.0 : 0.0;
            if (target.concentration(name) != value) {
                target.set(name, value, line);
            }
        }
    }

    /** The open phase, null when none is. */
    String activePhase() {
        return gate.active();
    }

    /** 1 when network reaction j runs in the open phase, else 0. */
    double gateFactor(int networkReaction) {
        return gate.factor(networkReaction);
    }

    int reactionCount() {
        return gate.reactionCount();
    }
}
