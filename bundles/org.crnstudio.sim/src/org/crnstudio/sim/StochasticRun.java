package org.crnstudio.sim;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One stochastic trajectory: molecule counts, the time, its own random stream and the propensities, advanced by an
 * algorithm to given times. After {@link #advanceTo} the counts are the state at that time exactly (every event at or
 * before it applied, none after). Counts never become negative: an event is applied only when its propensity is
 * positive, which needs every reactant present in its coefficient; tau-leaping rejects leaps that would overdraw.
 */
abstract class StochasticRun {

    /** Cancellation is checked every this many events (a few microseconds of work each). */
    static final int CANCEL_CHECK_EVENTS = 4096;

    final StochasticSystem system;
    final SplittableRandom random;
    final long[] state;
    final double[] propensities;
    double time;
    /** Reaction firings so far (in a leap, each firing counts). */
    long firings;
    /** Leaps taken (tau-leaping only). */
    long leaps;
    /** Steps until the next cancellation check. */
    private int untilCheck = CANCEL_CHECK_EVENTS;

    StochasticRun(StochasticSystem system, long seed) {
        this.system = system;
        this.random = new SplittableRandom(seed);
        this.state = system.initialState();
        this.propensities = new double[system.reactionCount()];
        refreshAll();
    }

    /** A run of the given algorithm from the system's initial counts, its random stream seeded with seed. */
    static StochasticRun start(SsaAlgorithm algorithm, StochasticSystem system, long seed, double epsilon) {
        return switch (algorithm) {
            case DIRECT -> new DirectMethod(system, seed);
            case NEXT_REACTION -> new NextReactionMethod(system, seed);
            case TAU_LEAP -> new TauLeapingMethod(system, seed, epsilon);
        };
    }

    /**
     * Advances to time target (not before the current time). Returns false when canceled first (checked every
     * {@value #CANCEL_CHECK_EVENTS} events); the time is then where the run stopped.
     */
    abstract boolean advanceTo(double target, BooleanSupplier canceled);

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
            propensities[r] = system.propensity(r, state);
        }
    }

    /** Recomputes the propensities that firing reaction r may have changed. */
    final void refreshDependents(int r) {
        for (int e = system.dependentStart(r); e < system.dependentStart(r + 1); e++) {
            int j = system.dependent(e);
            propensities[j] = system.propensity(j, state);
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
