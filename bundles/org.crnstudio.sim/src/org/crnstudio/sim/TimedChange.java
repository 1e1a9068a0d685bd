package org.crnstudio.sim;

import java.util.Map;

/**
 * A change of a run at a given time: {@code at T phase P} (values empty; phase {@value PhaseGate#NO_PHASE} switches
 * every phased reaction off) or {@code at T set A = 1, B = 0} (phase null). Values are applied in their order.
 *
 * @param line the source line of the change (0 when it was not read from a file)
 */
public record TimedChange(double time, String phase, Map<String, Double> values, int line) {

    public TimedChange {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public static TimedChange phase(double time, String phase, int line) {
        return new TimedChange(time, phase, Map.of(), line);
    }

    public static TimedChange set(double time, Map<String, Double> values, int line) {
        return new TimedChange(time, null, values, line);
    }

    public boolean switchesPhase() {
        return phase != null;
    }
}
