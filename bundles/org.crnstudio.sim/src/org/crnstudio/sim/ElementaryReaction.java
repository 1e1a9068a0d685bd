package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crnstudio.io.ReactionText;
import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.io.expression.InvalidExpressionException;
import org.crnstudio.model.Expression;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/**
 * One direction of a reaction with everything in species indices: the reactants with their orders (a species
 * written twice on one side is merged), the net change of each species that changes, and the rate constant.
 */
record ElementaryReaction(Reaction source, boolean reverse, int[] reactants, int[] orders, int[] changed,
        int[] changes, double rate) {

    /** Every reaction of the network in one direction each (reversible ones give two), in source order. */
    static List<ElementaryReaction> of(ReactionNetwork network, Map<Species, Integer> speciesIndex) {
        List<ElementaryReaction> elementary = new ArrayList<>();
        for (Reaction reaction : network.getReactions()) {
            elementary.add(direction(reaction, false, reaction.getReactants(), reaction.getProducts(),
                    reaction.getRate(), speciesIndex, network));
            if (reaction.isReversible()) {
                if (reaction.getReverseRate() == null) {
                    throw new SimulationException(ReactionText.describe(reaction)
                            + " is reversible but has no reverse rate: write '@ kf, kr'", reaction.getLine());
                }
                elementary.add(direction(reaction, true, reaction.getProducts(), reaction.getReactants(),
                        reaction.getReverseRate(), speciesIndex, network));
            }
        }
        return elementary;
    }

    /** The position of every reaction in its network's list, by identity (rate factors are indexed this way). */
    static Map<Reaction, Integer> networkIndex(ReactionNetwork network) {
        Map<Reaction, Integer> index = new IdentityHashMap<>();
        for (Reaction reaction : network.getReactions()) {
            index.put(reaction, index.size());
        }
        return index;
    }

    static Map<Species, Integer> indexOf(List<Species> species) {
        Map<Species, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < species.size(); i++) {
            index.put(species.get(i), i);
        }
        return index;
    }

    private static ElementaryReaction direction(Reaction reaction, boolean reverse, List<Term> reactants,
            List<Term> products, Expression rateExpression, Map<Species, Integer> speciesIndex,
            ReactionNetwork network) {
        // Sorted maps: deterministic order of species indices in the compiled arrays.
        TreeMap<Integer, Integer> orders = new TreeMap<>();
        TreeMap<Integer, Integer> net = new TreeMap<>();
        for (Term term : reactants) {
            int species = speciesOf(term, reaction, speciesIndex, network);
            orders.merge(species, term.getCoefficient(), Integer::sum);
            net.merge(species, -term.getCoefficient(), Integer::sum);
        }
        for (Term term : products) {
            net.merge(speciesOf(term, reaction, speciesIndex, network), term.getCoefficient(), Integer::sum);
        }
        net.values().removeIf(change -> change == 0);
        return new ElementaryReaction(reaction, reverse, keys(orders), values(orders), keys(net), values(net),
                rate(reaction, reverse, rateExpression));
    }

    private static int speciesOf(Term term, Reaction reaction, Map<Species, Integer> speciesIndex,
            ReactionNetwork network) {
        Species species = term.getSpecies();
        Integer index = species == null ? null : speciesIndex.get(species);
        if (index == null) {
            String name = species == null || species.getName() == null ? "a missing species" : "'" + species.getName() + "'";
            throw new SimulationException(ReactionText.describe(reaction) + " uses " + name
                    + ", which is not a species of network " + network.getName(), lineOf(term, reaction));
        }
        if (term.getCoefficient() < 1) {
            throw new SimulationException(ReactionText.describe(reaction) + " gives species '" + species.getName()
                    + "' the coefficient " + term.getCoefficient() + ": coefficients are positive integers",
                    lineOf(term, reaction));
        }
        return index;
    }

    private static double rate(Reaction reaction, boolean reverse, Expression expression) {
        String which = reverse ? "reverse rate" : "rate";
        double rate;
        try {
            rate = ExpressionEvaluator.constant(expression);
        } catch (InvalidExpressionException e) {
            throw new SimulationException("the " + which + " of " + ReactionText.describe(reaction) + " cannot be evaluated: "
                    + e.getMessage(), e.getLine() > 0 ? e.getLine() : reaction.getLine(), e);
        }
        if (!Double.isFinite(rate) || rate < 0) {
            throw new SimulationException("the " + which + " of " + ReactionText.describe(reaction) + " is " + rate
                    + ": rate constants must be finite and not negative", reaction.getLine());
        }
        return rate;
    }

    private static int lineOf(Term term, Reaction reaction) {
        return term.getLine() > 0 ? term.getLine() : reaction.getLine();
    }

    private static int[] keys(Map<Integer, Integer> map) {
        return map.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] values(Map<Integer, Integer> map) {
        return map.values().stream().mapToInt(Integer::intValue).toArray();
    }
}
