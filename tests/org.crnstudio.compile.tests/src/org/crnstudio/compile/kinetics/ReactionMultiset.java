package org.crnstudio.compile.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;

/**
 * Reactions as a sorted list of canonical texts "A + 2 B -> C" (terms sorted by name), to compare a compiled
 * network with reactions written by hand, e.g. in a paper's notation renamed to the compiled names.
 */
public final class ReactionMultiset {

	private static final Pattern TERM = Pattern.compile("(\\d*)\\s*(\\S+)");

	private ReactionMultiset() {
	}

	public static List<String> of(ReactionNetwork network) {
		List<String> texts = new ArrayList<>();
		for (Reaction reaction : network.getReactions()) {
			texts.add(side(terms(reaction.getReactants())) + " -> " + side(terms(reaction.getProducts())));
		}
		texts.sort(null);
		return texts;
	}

	/** Parses reactions written like {@code "X1+ -> M11 + 2Y+"} ("0" is the empty side) and renames their species. */
	public static List<String> parse(List<String> reactions, UnaryOperator<String> rename) {
		List<String> texts = new ArrayList<>();
		for (String reaction : reactions) {
			String[] sides = reaction.split("->");
			texts.add(side(parseSide(sides[0], rename)) + " -> " + side(parseSide(sides[1], rename)));
		}
		texts.sort(null);
		return texts;
	}

	private static Map<String, Integer> terms(List<Term> terms) {
		Map<String, Integer> map = new TreeMap<>();
		terms.forEach(term -> map.merge(term.getSpecies().getName(), term.getCoefficient(), Integer::sum));
		return map;
	}

	private static Map<String, Integer> parseSide(String side, UnaryOperator<String> rename) {
		Map<String, Integer> map = new TreeMap<>();
		if (side.trim().equals("0")) {
			return map;
		}
		for (String term : side.trim().split(" \\+ ")) {
			Matcher matcher = TERM.matcher(term.trim());
			if (!matcher.matches()) {
				throw new IllegalArgumentException(term);
			}
			int coefficient = matcher.group(1).isEmpty() ? 1 : Integer.parseInt(matcher.group(1));
			map.merge(rename.apply(matcher.group(2)), coefficient, Integer::sum);
		}
		return map;
	}

	private static String side(Map<String, Integer> terms) {
		if (terms.isEmpty()) {
			return "0";
		}
		List<String> parts = new ArrayList<>();
		terms.forEach((name, coefficient) -> parts.add(coefficient == 1 ? name : coefficient + " " + name));
		return String.join(" + ", parts);
	}
}
