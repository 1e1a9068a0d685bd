package org.crnstudio.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.io.expression.ExpressionText;
import org.crnstudio.io.expression.InvalidExpressionException;
import org.crnstudio.model.Expression;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/**
 * A reaction network as compact JSON, in exactly this shape first:
 * {@code {"species":[{"name":..,"initial":..}],"reactions":[{"reactants":{"A":1},"products":{"B":2},"rate":..}]}}.
 * Rates are the evaluated constants; a reversible reaction is written as its forward and its reverse reaction;
 * a species on one side twice is written once with the summed coefficient. Optional keys come only after these:
 * a reaction's "label" (the reverse of a labelled reaction is labelled "label (reverse)"), then top-level
 * "parameters" (name to value) and "observables" (name to expression text) when the network has any.
 */
public final class CrnJsonWriter {

    public String write(ReactionNetwork network) {
        StringBuilder json = new StringBuilder("{\"species\":[");
        List<Species> species = network.getSpecies();
        for (int i = 0; i < species.size(); i++) {
            Species one = species.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":");
            string(json, one.getName());
            json.append(",\"initial\":").append(number(one.getInitial(), "initial concentration of species", one.getName()));
            json.append('}');
        }
        json.append("],\"reactions\":[");
        boolean first = true;
        for (Reaction reaction : network.getReactions()) {
            first = reaction(json, first, reaction.getReactants(), reaction.getProducts(), reaction.getRate(),
                    reaction, reaction.getLabel());
            if (reaction.isReversible()) {
                String label = reaction.getLabel() == null || reaction.getLabel().isEmpty() ? null
                        : reaction.getLabel() + " (reverse)";
                first = reaction(json, first, reaction.getProducts(), reaction.getReactants(),
                        reaction.getReverseRate(), reaction, label);
            }
        }
        json.append(']');
        if (!network.getParameters().isEmpty()) {
            json.append(",\"parameters\":{");
            List<Parameter> parameters = network.getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                json.append(i == 0 ? "" : ",");
                string(json, parameters.get(i).getName());
                json.append(':').append(number(parameters.get(i).getValue(), "value of parameter",
                        parameters.get(i).getName()));
            }
            json.append('}');
        }
        if (!network.getObservables().isEmpty()) {
            json.append(",\"observables\":{");
            List<Observable> observables = network.getObservables();
            for (int i = 0; i < observables.size(); i++) {
                json.append(i == 0 ? "" : ",");
                string(json, observables.get(i).getName());
                json.append(':');
                string(json, ExpressionText.of(observables.get(i).getExpression()));
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    private static boolean reaction(StringBuilder json, boolean first, List<Term> reactants, List<Term> products,
            Expression rate, Reaction reaction, String label) {
        json.append(first ? "" : ",").append("{\"reactants\":");
        complex(json, reactants);
        json.append(",\"products\":");
        complex(json, products);
        json.append(",\"rate\":").append(number(rateOf(rate, reaction), "rate of", ReactionText.describe(reaction)));
        if (label != null && !label.isEmpty()) {
            json.append(",\"label\":");
            string(json, label);
        }
        json.append('}');
        return false;
    }

    private static double rateOf(Expression rate, Reaction reaction) {
        try {
            return ExpressionEvaluator.constant(rate);
        } catch (InvalidExpressionException e) {
            throw new InvalidExpressionException("rate of " + ReactionText.describe(reaction) + ": " + e.getMessage(),
                    e.getLine() > 0 ? e.getLine() : reaction.getLine());
        }
    }

    private static void complex(StringBuilder json, List<Term> terms) {
        Map<String, Integer> coefficients = new LinkedHashMap<>();
        for (Term term : terms) {
            coefficients.merge(term.getSpecies().getName(), term.getCoefficient(), Integer::sum);
        }
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, Integer> entry : coefficients.entrySet()) {
            json.append(first ? "" : ",");
            string(json, entry.getKey());
            json.append(':').append(entry.getValue());
            first = false;
        }
        json.append('}');
    }

    private static String number(double value, String what, String whose) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " " + whose + " is " + value
                    + ", which JSON cannot hold: only finite numbers are valid");
        }
        return NumberText.of(value);
    }

    /** Appends a JSON string literal with every character JSON requires escaped. */
    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
