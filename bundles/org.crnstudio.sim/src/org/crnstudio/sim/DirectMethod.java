package org.crnstudio.sim;

import java.util.function.BooleanSupplier;

/**
 * Gillespie's direct method: draw the time to the next event from the total propensity, then the reaction by its
 * share of it (a linear search; the dependency graph keeps the propensities up to date without recomputing all).
 */
final class DirectMethod extends StochasticRun {

    DirectMethod(StochasticSystem system, long seed, ScheduledEvents events) {
        super(system, seed, events);
    }

    @Override
    boolean advanceWithin(double target, BooleanSupplier canceled) {
        while (directStep(target)) {
            if (checkCanceled(canceled)) {
                return false;
            }
        }
        return true;
    }
}
