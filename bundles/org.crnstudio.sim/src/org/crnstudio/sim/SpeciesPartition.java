package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.crnstudio.model.Species;

/**
 * The one rule both engines follow for which species they integrate: a species that some reaction changes is
 * dynamic (it gets a state index, in network order); a species no reaction changes (a catalyst, an input, a clock)
 * keeps its value and is folded into the rates (state index -1).
 */
record SpeciesPartition(int[] stateIndex, List<Species> dynamic, List<Species> folded) {

    static SpeciesPartition of(List<Species> species, List<ElementaryReaction> reactions) {
        boolean[] changes = new boolean[species.size()];
        for (ElementaryReaction reaction : reactions) {
            for (int s : reaction.changed()) {
                changes[s] = true;
            }
        }
        int[] stateIndex = new int[species.size()];
        List<Species> dynamic = new ArrayList<>();
        List<Species> folded = new ArrayList<>();
        for (int s = 0; s < species.size(); s++) {
            if (changes[s]) {
                stateIndex[s] = dynamic.size();
                dynamic.add(species.get(s));
            } else {
                stateIndex[s] = -1;
                folded.add(species.get(s));
            }
        }
        return new SpeciesPartition(stateIndex, Collections.unmodifiableList(dynamic),
                Collections.unmodifiableList(folded));
    }
}
