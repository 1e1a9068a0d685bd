package org.crnstudio.sim;

import java.util.Locale;
import java.util.Optional;

/** What {@link SimulationRunner} returns: the result, with the stochastic engine's counts when it ran. */
public record SimulationRun(SimulationResult result, Optional<StochasticStatistics> stochastic) {

    /** One line on how the run went: method, work done, where it stopped (the time is measured by the caller). */
    public String statistics(double seconds) {
        if (stochastic.isPresent()) {
            return stochastic.get().describe() + String.format(Locale.ROOT, ", %d dynamic species (%d folded),"
                    + " stopped at t = %g%s", result.dynamicSpecies().size(), result.foldedSpecies().size(),
                    result.stopTime(), result.canceled() ? " (canceled)" : "");
        }
        return String.format(Locale.ROOT, "%s; %d dynamic species (%d folded into the rates), stopped at t = %g%s;"
                + " total %.3f s", result.statistics().describe(), result.dynamicSpecies().size(),
                result.foldedSpecies().size(), result.stopTime(), result.steadyReached() ? " (steady)" : "", seconds);
    }
}
