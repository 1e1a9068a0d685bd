package org.crnstudio.sim;

import java.util.function.BooleanSupplier;

/**
 * The next-reaction method of Gibson and Bruck (J. Phys. Chem. A 104, 1876 (2000)): every reaction holds an absolute
 * putative firing time in an indexed priority queue; after a firing only the reactions of the dependency graph are
 * touched, and their times are rescaled ({@code t + (a_old / a_new)(tau - t)}) rather than redrawn, so one random
 * number is used per event. A reaction whose propensity was 0 gets a fresh exponential time (exact, by
 * memorylessness).
 * <p>
 * A scheduled event (a set, a phase switch) changes propensities without a firing: every reaction's time is then
 * updated by the same rule (rescaled when it stays positive, infinity when its phase closes, a fresh draw when it
 * reopens), so the queue stays exact across events.
 */
final class NextReactionMethod extends StochasticRun {

    private final IndexedPriorityQueue queue;

    NextReactionMethod(StochasticSystem system, long seed, ScheduledEvents events) {
        super(system, seed, events);
        double[] times = new double[propensities.length];
        for (int r = 0; r < times.length; r++) {
            times[r] = propensities[r] > 0 ? exponential(propensities[r]) : Double.POSITIVE_INFINITY;
        }
        queue = new IndexedPriorityQueue(times);
    }

    @Override
    boolean advanceWithin(double target, BooleanSupplier canceled) {
        while (queue.firstTime() <= target) {
            int fired = queue.first();
            time = queue.firstTime();
            system.fire(fired, 1, state);
            firings++;
            for (int e = system.dependentStart(fired); e < system.dependentStart(fired + 1); e++) {
                int j = system.dependent(e);
                if (j != fired) {
                    rescale(j);
                }
            }
            double a = propensity(fired);
            propensities[fired] = a;
            queue.update(fired, a > 0 ? time + exponential(a) : Double.POSITIVE_INFINITY);
            if (checkCanceled(canceled)) {
                return false;
            }
        }
        time = target;
        return true;
    }

    @Override
    void propensitiesChanged() {
        for (int j = 0; j < propensities.length; j++) {
            rescale(j);
        }
    }

    private void rescale(int j) {
        double before = propensities[j];
        double after = propensity(j);
        if (after == before) {
            return;
        }
        propensities[j] = after;
        double updated;
        if (!(after > 0)) {
            updated = Double.POSITIVE_INFINITY;
        } else if (before > 0) {
            updated = time + (before / after) * (queue.time(j) - time);
        } else {
            updated = time + exponential(after);
        }
        queue.update(j, updated);
    }
}
