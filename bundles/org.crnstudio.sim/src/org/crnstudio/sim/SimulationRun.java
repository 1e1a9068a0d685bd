package org.crnstudio.sim;

import java.util.Locale;
import java.util.Optional;

/** What {@link SimulationRunner} returns: the result of whichever engine ran, with its {@link RunStatistics}. */
public record SimulationRun(SimulationResult result) {

    /** The stochastic engine's counts (events, leaps), or empty when the deterministic engine ran. */
    public Optional<RunStatistics> stochastic() {
        return result.statistics().isStochastic() ? Optional.of(result.statistics()) : Optional.empty();
    }

    /**
     * The one line {@code crn simulate --stats} and the IDE print on how the run went, for either engine: method and
     * work done, species, where it stopped and the total time (measured by the caller, compiling included).
     */
    public String statistics(double seconds) {
        return String.format(Locale.ROOT, "%s; %d dynamic species (%d folded into the rates), stopped at t = %g%s%s;"
                + " total %.3f s", result.statistics().describe(), result.dynamicSpecies().size(),
                result.foldedSpecies().size(), result.stopTime(), result.steadyReached() ? " (steady)" : "",
                result.canceled() ? " (canceled)" : "", seconds);
    }
}
