package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CompilationException;

/**
 * Algorithm 2 of seed 004 (reduce). (A) A unimolecular reaction {@code R -> products} whose reactant is not an
 * input species and is a reactant nowhere else is removed: wherever R is produced its products take its place
 * (times R's coefficient), and R's initial value is added to each product's (times the product's coefficient).
 * (B) Dual-rail cleanup: a product multiset holding both rails of a value loses min(both) of each; both initial
 * values lose min(s+(0), s-(0)). Neither step changes any dual-rail value the CRN computes.
 *
 * <p>Eliminations are confluent (the paper: "the order does not matter"), so each species' final replacement
 * is computed once, downstream first, instead of rewriting every producer per elimination. Replacements are
 * sparse vectors over species indices: an MNIST-sized network has replacements of over a thousand species.
 */
final class Reduction {

	/** A sparse multiset of species: {@code coefficients[k]} molecules of species {@code ids[k]}. */
	private record Multiset(int[] ids, long[] coefficients) {
	}

	private final DraftNetwork draft;
	private final List<String> names;
	private final Map<String, Integer> ids = new HashMap<>();
	private final DraftReaction[] eliminableBy;
	private final Multiset[] replacement;
	private final boolean[] inProgress;
	/** Dense scratch space to add multisets up, and the ids touched in it, in first-touch order. */
	private final long[] scratch;
	private final List<Integer> touched = new ArrayList<>();

	private Reduction(DraftNetwork draft) {
		this.draft = draft;
		this.names = new ArrayList<>(draft.species.keySet());
		for (int i = 0; i < names.size(); i++) {
			ids.put(names.get(i), i);
		}
		eliminableBy = new DraftReaction[names.size()];
		replacement = new Multiset[names.size()];
		inProgress = new boolean[names.size()];
		scratch = new long[names.size()];
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
					eliminableBy[ids.get(reactant)] = reaction;
				}
			}
		}
		List<DraftReaction> kept = new ArrayList<>();
		for (DraftReaction reaction : draft.reactions) {
			if (reaction.isUnimolecular() && eliminableBy[ids.get(reaction.firstReactant())] == reaction) {
				continue;
			}
			boolean changed = false;
			List<Multiset> parts = new ArrayList<>();
			for (String product : reaction.products.keySet()) {
				int id = ids.get(product);
				changed |= eliminableBy[id] != null;
				parts.add(replacementOf(id));
			}
			int k = 0;
			for (long coefficient : reaction.products.values()) {
				accumulate(parts.get(k++), coefficient);
			}
			reaction.products = new LinkedHashMap<>();
			for (int id : touched) {
				if (scratch[id] != 0) {
					reaction.products.put(names.get(id), scratch[id]);
				}
				scratch[id] = 0;
			}
			touched.clear();
			if (changed) {
				reaction.origin = reaction.origin.withDescription(reaction.origin.description() + "; products substituted by reduce");
			}
			kept.add(reaction);
		}
		double[] initial = new double[names.size()];
		for (int id = 0; id < names.size(); id++) {
			double value = draft.species.get(names.get(id)).initial;
			if (value != 0) {
				Multiset into = replacementOf(id);
				for (int k = 0; k < into.ids.length; k++) {
					initial[into.ids[k]] += into.coefficients[k] * value;
				}
			}
		}
		for (int id = 0; id < names.size(); id++) {
			if (eliminableBy[id] != null) {
				draft.species.remove(names.get(id));
			} else {
				draft.species.get(names.get(id)).initial = initial[id];
			}
		}
		draft.reactions = kept;
	}

	/** What one molecule of species {@code id} finally becomes: itself, or its reaction's products replaced in turn. */
	private Multiset replacementOf(int id) {
		DraftReaction reaction = eliminableBy[id];
		if (reaction == null) {
			return new Multiset(new int[] { id }, new long[] { 1 });
		}
		if (replacement[id] != null) {
			return replacement[id];
		}
		if (inProgress[id]) {
			throw new IllegalStateException("cycle of unimolecular reactions through " + names.get(id));
		}
		inProgress[id] = true;
		// The products' replacements are computed first: the scratch space is free again when they return.
		List<Multiset> parts = new ArrayList<>();
		for (String product : reaction.products.keySet()) {
			parts.add(replacementOf(ids.get(product)));
		}
		int k = 0;
		for (long coefficient : reaction.products.values()) {
			accumulate(parts.get(k++), coefficient);
		}
		int[] resultIds = new int[touched.size()];
		long[] resultCoefficients = new long[touched.size()];
		int n = 0;
		for (int touchedId : touched) {
			if (scratch[touchedId] != 0) {
				resultIds[n] = touchedId;
				resultCoefficients[n++] = scratch[touchedId];
			}
			scratch[touchedId] = 0;
		}
		touched.clear();
		inProgress[id] = false;
		replacement[id] = new Multiset(Arrays.copyOf(resultIds, n), Arrays.copyOf(resultCoefficients, n));
		return replacement[id];
	}

	private void accumulate(Multiset what, long times) {
		try {
			for (int k = 0; k < what.ids.length; k++) {
				int id = what.ids[k];
				if (scratch[id] == 0) {
					touched.add(id);
				}
				scratch[id] = Math.addExact(scratch[id], Math.multiplyExact(what.coefficients[k], times));
			}
		} catch (ArithmeticException overflow) {
			throw new CompilationException("reduce of " + draft.source + " makes a stoichiometric coefficient too large to represent"
					+ " (compile with reduce = false)", draft.line);
		}
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
