package org.crnstudio.sim;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One stochastic trajectory: molecule counts, the time, its own random stream and the propensities, advanced by an
 * algorithm to given times. After {@link #advanceTo} the counts are the state at that time exactly (every event at or
 * before it applied, none after). Counts never become negative: an event is applied only when its propensity is
 * positive, which needs every reactant present in its coefficient; tau-leaping rejects leaps that would overdraw.
 * <p>
 * The plan's timed changes and clock ({@link ScheduledEvents}, the ODE's rules) cut the run into segments: the
 * algorithm advances exactly to an event's time (no event or leap crosses it), the event is applied (a set becomes
 * round(c V) molecules, of a dynamic or a folded species; a phase switch changes the gate, a closed phase's
 * reactions having propensity 0), the propensity constants are recomputed and the algorithm told
 * ({@link #propensitiesChanged}). Every run of an ensemble applies the same events at the same times.
 */
abstract class StochasticRun {

    /** Cancellation is checked every this many events (a few microseconds of work each). */
    static final int CANCEL_CHECK_EVENTS = 4096;

    final StochasticSystem system;
    final SplittableRandom random;
    final long[] state;
    /** Counts of the folded species (network order; dynamic species' entries unused): sets may change them. */
    final long[] folded;
    /** Propensity constants now: folded species and the phase gate multiplied in. */
    final double[] constants;
    final double[] propensities;
    /** The plan's events for this run, null when it has none. */
    private final ScheduledEvents events;
    private final double[] gateFactors;
    double time;
    /** Reaction firings so far (in a leap, each firing counts). */
    long firings;
    /** Leaps taken (tau-leaping only). */
    long leaps;
    /** Steps until the next cancellation check. */
    private int untilCheck = CANCEL_CHECK_EVENTS;

    /** A run from the system's initial counts; events (null: none) are applied from t = 0 on, those at 0 at once. */
    StochasticRun(StochasticSystem system, long seed, ScheduledEvents events) {
        this.system = system;
        this.random = new SplittableRandom(seed);
        this.state = system.initialState();
        this.folded = system.initialCounts();
        this.constants = new double[system.reactionCount()];
        this.propensities = new double[system.reactionCount()];
        this.events = events;
        this.gateFactors = events == null ? null : new double[events.reactionCount()];
        if (events != null) {
            events.applyDue(0, new RunTarget());
        }
        updateConstants();
        refreshAll();
    }

    /**
     * A run of the given algorithm from the system's initial counts, its random stream seeded with seed, following
     * the events (null: none; the instance becomes this run's own).
     */
    static StochasticRun start(SsaAlgorithm algorithm, StochasticSystem system, long seed, double epsilon,
            ScheduledEvents events) {
        return switch (algorithm) {
            case DIRECT -> new DirectMethod(system, seed, events);
            case NEXT_REACTION -> new NextReactionMethod(system, seed, events);
            case TAU_LEAP -> new TauLeapingMethod(system, seed, epsilon, events);
        };
    }

    /**
     * Advances to time target (not before the current time), applying the events due on the way at their times (those
     * due at target too, so the state is the one after them). Returns false when canceled first (checked every
     * {@value #CANCEL_CHECK_EVENTS} events); the time is then where the run stopped.
     */
    final boolean advanceTo(double target, BooleanSupplier canceled) {
        while (events != null && events.nextTime() <= ScheduledEvents.dueBy(target)) {
            if (!advanceWithin(Math.min(events.nextTime(), target), canceled)) {
                return false;
            }
            events.applyDue(time, new RunTarget());
            updateConstants();
            propensitiesChanged();
        }
        return advanceWithin(target, canceled);
    }

    /**
     * Advances to time target with the propensity constants as they are (no event in between): the algorithm's
     * step loop. Returns false when canceled first.
     */
    abstract boolean advanceWithin(double target, BooleanSupplier canceled);

    /**
     * The constants changed at the current time (an event): recompute the propensities. The next-reaction method
     * also updates its putative times.
     */
    void propensitiesChanged() {
        refreshAll();
    }

    /** Writes every network species' concentration (count / V) into out. */
    final void concentrations(double[] out) {
        system.concentrations(state, folded, out);
    }

    /** The propensity of reaction r now. */
    final double propensity(int r) {
        return system.propensity(r, state, constants);
    }

    private void updateConstants() {
        if (events != null) {
            for (int j = 0; j < gateFactors.length; j++) {
                gateFactors[j] = events.gateFactor(j);
            }
        }
        system.propensityConstants(folded, gateFactors, constants);
    }

    /** Sets and clock species in molecules: round(c V), in the counts or among the folded species. */
    private final class RunTarget implements ScheduledEvents.Target {
        @Override
        public double concentration(String species) {
            int s = indexOf(species);
            int stateIndex = system.stateIndexOf(s);
            return (stateIndex >= 0 ? state[stateIndex] : folded[s]) / system.volume();
        }

        @Override
        public void set(String species, double concentration, int line) {
            int s = indexOf(species);
            long count = system.countOf(species, concentration, line);
            int stateIndex = system.stateIndexOf(s);
            if (stateIndex >= 0) {
                state[stateIndex] = count;
            } else {
                folded[s] = count;
            }
        }

        private int indexOf(String species) {
            int s = system.speciesIndex(species);
            if (s < 0) {
                throw new IllegalArgumentException("no species " + species); // the plan checked its events' names
            }
            return s;
        }
    }

    /** Counts down to the next cancellation check: true when canceled. */
    final boolean checkCanceled(BooleanSupplier canceled) {
        if (--untilCheck > 0) {
            return false;
        }
        untilCheck = CANCEL_CHECK_EVENTS;
        return canceled.getAsBoolean();
    }

    final void refreshAll() {
        for (int r = 0; r < propensities.length; r++) {
            propensities[r] = propensity(r);
        }
    }

    /** Recomputes the propensities that firing reaction r may have changed. */
    final void refreshDependents(int r) {
        for (int e = system.dependentStart(r); e < system.dependentStart(r + 1); e++) {
            int j = system.dependent(e);
            propensities[j] = propensity(j);
        }
    }

    final double totalPropensity() {
        double total = 0;
        for (double a : propensities) {
            total += a;
        }
        return total;
    }

    /** An exponential waiting time with the given rate (> 0). */
    final double exponential(double rate) {
        return -Math.log1p(-random.nextDouble()) / rate;
    }

    /**
     * One step of Gillespie's direct method (J. Phys. Chem. 81, 2340 (1977)): if the next event comes at or before
     * target it fires and the method returns true; otherwise the time moves to target and it returns false. Dropping
     * the drawn waiting time at target is exact: waiting times are exponential (memoryless) while nothing fires.
     */
    final boolean directStep(double target) {
        double total = totalPropensity();
        if (!(total > 0)) {
            time = target;
            return false;
        }
        double next = time + exponential(total);
        if (next > target) {
            time = target;
            return false;
        }
        time = next;
        int r = choose(total * random.nextDouble());
        system.fire(r, 1, state);
        firings++;
        refreshDependents(r);
        return true;
    }

    /** The reaction whose propensity interval holds the point (0 <= point < total). */
    private int choose(double point) {
        double sum = 0;
        int lastPositive = -1;
        for (int r = 0; r < propensities.length; r++) {
            if (propensities[r] > 0) {
                sum += propensities[r];
                lastPositive = r;
                if (point < sum) {
                    return r;
                }
            }
        }
        return lastPositive; // round-off left the point just above the last partial sum
    }
}
