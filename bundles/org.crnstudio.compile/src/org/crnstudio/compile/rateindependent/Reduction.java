package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.compile.CompilationException;

/**
 * Algorithm 2 of seed 004 (reduce). (A) A unimolecular reaction {@code R -> products} whose reactant is not an
 * input species and is a reactant nowhere else is removed: wherever R is produced its products take its place
 * (times R's coefficient), and R's initial value is added to each product's (times the product's coefficient).
 * (B) Dual-rail cleanup: a product multiset holding both rails of a value loses min(both) of each; both initial
 * values lose min(s+(0), s-(0)). Neither step changes any dual-rail value the CRN computes.
 *
 * <p>Eliminations are confluent (the paper: "the order does not matter"), so each species' final replacement
 * is computed once, downstream first, instead of rewriting every producer per elimination.
 */
final class Reduction {

	private final DraftNetwork draft;
	private final Map<String, DraftReaction> eliminable = new HashMap<>();
	private final Map<String, Map<String, Long>> replacement = new HashMap<>();
	private final Set<String> inProgress = new HashSet<>();

	private Reduction(DraftNetwork draft) {
		this.draft = draft;
	}

	static void reduce(DraftNetwork draft) {
		Reduction reduction = new Reduction(draft);
		reduction.eliminateUnimolecular();
		reduction.cancelRails();
	}

	private void eliminateUnimolecular() {
		Map<String, Integer> uses = new HashMap<>();
		for (DraftReaction reaction : draft.reactions) {
			reaction.reactants.keySet().forEach(name -> uses.merge(name, 1, Integer::sum));
		}
		for (DraftReaction reaction : draft.reactions) {
			if (reaction.isUnimolecular()) {
				String reactant = reaction.firstReactant();
				if (!draft.species.get(reactant).isInput() && uses.get(reactant) == 1 && !reaction.products.containsKey(reactant)) {
					eliminable.put(reactant, reaction);
				}
			}
		}
		List<DraftReaction> kept = new ArrayList<>();
		for (DraftReaction reaction : draft.reactions) {
			if (eliminable.get(reaction.firstReactant()) == reaction && reaction.isUnimolecular()) {
				continue;
			}
			Map<String, Long> products = new LinkedHashMap<>();
			boolean changed = false;
			for (Map.Entry<String, Long> product : reaction.products.entrySet()) {
				changed |= eliminable.containsKey(product.getKey());
				addScaled(products, replacementOf(product.getKey()), product.getValue());
			}
			reaction.products = products;
			if (changed) {
				reaction.origin = reaction.origin.withDescription(reaction.origin.description() + "; products substituted by reduce");
			}
			kept.add(reaction);
		}
		Map<String, Double> initial = new HashMap<>();
		for (DraftSpecies species : draft.species.values()) {
			if (species.initial != 0) {
				replacementOf(species.name).forEach((name, coefficient) -> initial.merge(name, coefficient * species.initial, Double::sum));
			}
		}
		draft.species.keySet().removeAll(eliminable.keySet());
		for (DraftSpecies species : draft.species.values()) {
			species.initial = initial.getOrDefault(species.name, 0.0);
		}
		draft.reactions = kept;
	}

	/** What one molecule of {@code name} finally becomes: itself, or its reaction's products replaced in turn. */
	private Map<String, Long> replacementOf(String name) {
		DraftReaction reaction = eliminable.get(name);
		if (reaction == null) {
			return Map.of(name, 1L);
		}
		Map<String, Long> known = replacement.get(name);
		if (known != null) {
			return known;
		}
		if (!inProgress.add(name)) {
			throw new IllegalStateException("cycle of unimolecular reactions through " + name);
		}
		Map<String, Long> result = new LinkedHashMap<>();
		reaction.products.forEach((product, coefficient) -> addScaled(result, replacementOf(product), coefficient));
		inProgress.remove(name);
		replacement.put(name, result);
		return result;
	}

	private void addScaled(Map<String, Long> into, Map<String, Long> what, long times) {
		what.forEach((name, coefficient) -> {
			try {
				into.merge(name, Math.multiplyExact(coefficient, times), Math::addExact);
			} catch (ArithmeticException overflow) {
				throw new CompilationException("reduce of " + draft.source + " makes a stoichiometric coefficient of " + name
						+ " too large to represent (compile with reduce = false)", 0);
			}
		});
	}

	private void cancelRails() {
		for (DraftReaction reaction : draft.reactions) {
			for (String name : List.copyOf(reaction.products.keySet())) {
				DraftSpecies species = draft.species.get(name);
				Long plus = reaction.products.get(name);
				Long minus = species.partner == null ? null : reaction.products.get(species.partner);
				if (species.plus && plus != null && minus != null) {
					long common = Math.min(plus, minus);
					decrease(reaction.products, name, common);
					decrease(reaction.products, species.partner, common);
				}
			}
		}
		for (DraftSpecies species : draft.species.values()) {
			DraftSpecies partner = species.partner == null ? null : draft.species.get(species.partner);
			if (partner != null && species.plus) {
				double common = Math.min(species.initial, partner.initial);
				species.initial -= common;
				partner.initial -= common;
			}
		}
	}

	private static void decrease(Map<String, Long> products, String name, long amount) {
		long left = products.get(name) - amount;
		if (left == 0) {
			products.remove(name);
		} else {
			products.put(name, left);
		}
	}
}
