package org.crnstudio.io;

import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.Term;

/** A reaction as the language writes it, for messages: {@code A + 2 B -> C}, {@code 0} for the empty complex. */
public final class ReactionText {

    private ReactionText() {
    }

    public static String of(Reaction reaction) {
        return complex(reaction.getReactants()) + (reaction.isReversible() ? " <-> " : " -> ")
                + complex(reaction.getProducts());
    }

    /** "reaction 'label' (A -> B) at line 12", leaving out what is unknown. */
    public static String describe(Reaction reaction) {
        StringBuilder text = new StringBuilder("reaction ");
        if (reaction.getLabel() != null && !reaction.getLabel().isEmpty()) {
            text.append('\'').append(reaction.getLabel()).append("' (").append(of(reaction)).append(')');
        } else {
            text.append(of(reaction));
        }
        if (reaction.getLine() > 0) {
            text.append(" at line ").append(reaction.getLine());
        }
        return text.toString();
    }

    private static String complex(List<Term> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        return terms.stream().map(ReactionText::term).collect(Collectors.joining(" + "));
    }

    private static String term(Term term) {
        String name = term.getSpecies() == null ? "?" : term.getSpecies().getName();
        return term.getCoefficient() == 1 ? name : term.getCoefficient() + " " + name;
    }
}
