package org.crnstudio.sim;

import java.util.List;

/**
 * {@code clock C1, C2 every T}: the phases take turns, phase i % n active on [i T, (i + 1) T), the first from t = 0.
 *
 * @param line the source line of the clock (0 when it was not read from a file)
 */
public record ClockSchedule(List<String> phases, double period, int line) {

    public ClockSchedule {
        phases = List.copyOf(phases);
    }

    /** The phase active during switch interval i (from i * period). */
    public String phaseOfInterval(long interval) {
        return phases.get((int) (interval % phases.size()));
    }
}
