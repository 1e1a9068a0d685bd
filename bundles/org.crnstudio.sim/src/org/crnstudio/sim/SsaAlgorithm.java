package org.crnstudio.sim;

import java.util.Arrays;
import java.util.List;

/** The stochastic simulation algorithms, by the word {@code ssa(algorithm = ...)} takes. */
public enum SsaAlgorithm {
    /** Gillespie's direct method (exact). */
    DIRECT("direct", "Gillespie direct method"),
    /** Gibson and Bruck's next-reaction method (exact): the default. */
    NEXT_REACTION("next_reaction", "Gibson-Bruck next reaction method"),
    /** Tau-leaping with Cao-Gillespie-Petzold step selection, exact steps where leaps do not pay (approximate). */
    TAU_LEAP("tau_leap", "tau-leaping (Cao-Gillespie-Petzold step selection)");

    private final String word;
    private final String description;

    SsaAlgorithm(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** The word written in the language. */
    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** The algorithm a word names, or null. */
    public static SsaAlgorithm ofWord(String word) {
        return Arrays.stream(values()).filter(algorithm -> algorithm.word.equals(word)).findFirst().orElse(null);
    }

    /** The words, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(SsaAlgorithm::word).toList();
    }
}
