package org.crnstudio.lang.ide.services;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Valid names ranked by edit distance to a misspelt one. */
final class ClosestNames {

	private ClosestNames() {
	}

	/** At most {@code limit} candidates, closest first (ties in alphabetical order). */
	static List<String> to(String wrong, Collection<String> candidates, int limit) {
		return candidates.stream().distinct()
				.sorted(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()))
				.limit(limit).toList();
	}

	/** Levenshtein distance, ignoring case differences at half cost. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = 2 * j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = 2 * i;
			for (int j = 1; j <= b.length(); j++) {
				char x = a.charAt(i - 1);
				char y = b.charAt(j - 1);
				int substitution = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 1 : 2;
				current[j] = Math.min(Math.min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + substitution);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
