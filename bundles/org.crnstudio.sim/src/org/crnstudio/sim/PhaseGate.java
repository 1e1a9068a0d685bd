package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;

/**
 * Which reactions a clock phase lets run. A reaction without a phase ({@code when} absent) always runs; a reaction
 * with phase P runs only while P is the active phase. No active phase (null, or {@value #NO_PHASE} in the language)
 * stops every phased reaction. A run that opens no phase itself starts in the network's first phase (in reaction
 * order), so a phased network behaves as it did before any schedule.
 */
final class PhaseGate {

    /** The phase name that switches every phased reaction off. */
    static final String NO_PHASE = "none";

    /** Per network reaction: its phase, null when it has none. */
    private final String[] phaseOfReaction;
    private final List<String> phases;
    private String active;

    PhaseGate(ReactionNetwork network) {
        List<Reaction> reactions = network.getReactions();
        phaseOfReaction = new String[reactions.size()];
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int j = 0; j < phaseOfReaction.length; j++) {
            String phase = reactions.get(j).getPhase();
            phaseOfReaction[j] = phase == null || phase.isEmpty() ? null : phase;
            if (phaseOfReaction[j] != null) {
                names.add(phaseOfReaction[j]);
            }
        }
        phases = List.copyOf(names);
        active = phases.isEmpty() ? null : phases.get(0);
    }

    /** The phases the network's reactions carry, in order of first appearance. */
    static List<String> phasesOf(ReactionNetwork network) {
        return new PhaseGate(network).phases();
    }

    List<String> phases() {
        return phases;
    }

    /** The names a change may open: the network's phases and {@value #NO_PHASE}. */
    List<String> validNames() {
        List<String> valid = new ArrayList<>(phases);
        valid.add(NO_PHASE);
        return valid;
    }

    String active() {
        return active;
    }

    /** Opens a phase: null or {@value #NO_PHASE} switches every phased reaction off. */
    void activate(String phase) {
        active = NO_PHASE.equals(phase) ? null : phase;
    }

    /** 1 when network reaction j runs in the active phase, else 0. */
    double factor(int reaction) {
        String phase = phaseOfReaction[reaction];
        return phase == null || Objects.equals(phase, active) ? 1.0 : 0.0;
    }

    int reactionCount() {
        return phaseOfReaction.length;
    }
}
