package org.crnstudio.compile;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;

/** Test helper: reactions as canonical text ("A + 2 B -> C"), optionally renamed, for comparing reaction sets. */
public final class ReactionText {

	private ReactionText() {
	}

	public static String of(Reaction reaction, Map<String, String> renaming) {
		return side(reaction.getReactants(), renaming) + " -> " + side(reaction.getProducts(), renaming);
	}

	public static String withRate(Reaction reaction, Map<String, String> renaming) {
		return of(reaction, renaming) + " @ " + rate(reaction);
	}

	public static double rate(Reaction reaction) {
		return ((NumberLiteral) reaction.getRate()).getValue();
	}

	public static Set<String> all(ReactionNetwork network, Map<String, String> renaming) {
		return network.getReactions().stream().map(r -> of(r, renaming)).collect(Collectors.toCollection(TreeSet::new));
	}

	public static Set<String> where(ReactionNetwork network, Predicate<Reaction> filter, Map<String, String> renaming) {
		return network.getReactions().stream().filter(filter).map(r -> of(r, renaming))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** A reaction written by hand ("X1 + P1 -> Z1 + X1 + P1", "2 Z -> 3 Z", "G + P -> 0") in the canonical form. */
	public static String canonical(String reaction) {
		String[] sides = reaction.split("->");
		return canonicalSide(sides[0]) + " -> " + canonicalSide(sides[1]);
	}

	private static String canonicalSide(String side) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String term : side.trim().split("\\s\\+\\s")) {
			String[] parts = term.trim().split("\\s+");
			if (parts.length == 1 && parts[0].equals("0")) {
				continue;
			}
			int coefficient = parts.length == 2 ? Integer.parseInt(parts[0]) : 1;
			counts.merge(parts[parts.length - 1], coefficient, Integer::sum);
		}
		if (counts.isEmpty()) {
			return "0";
		}
		return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " " + e.getKey())
				.collect(Collectors.joining(" + "));
	}

	/** Each hand-written reaction in canonical form. */
	public static Set<String> canonical(String... reactions) {
		return java.util.Arrays.stream(reactions).map(ReactionText::canonical).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String side(java.util.List<Term> terms, Map<String, String> renaming) {
		if (terms.isEmpty()) {
			return "0";
		}
		Map<String, Integer> counts = new TreeMap<>();
		for (Term term : terms) {
			String name = term.getSpecies().getName();
			counts.merge(renaming.getOrDefault(name, name), term.getCoefficient(), Integer::sum);
		}
		return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " " + e.getKey())
				.collect(Collectors.joining(" + "));
	}
}
