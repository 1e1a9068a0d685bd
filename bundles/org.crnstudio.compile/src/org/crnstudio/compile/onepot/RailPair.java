package org.crnstudio.compile.onepot;

import org.crnstudio.model.Species;

/** The two species of a signed value: value = [plus] - [minus] (minus null for a value that is never negative). */
public record RailPair(Species plus, Species minus) {

	/** The rail of the given sign (+1 plus, -1 minus). */
	public Species of(int sign) {
		return sign > 0 ? plus : minus;
	}

	/** The signs whose rail exists: {+1} for a single-rail value (minus null), {+1, -1} otherwise. */
	public static int[] signsOf(RailPair pair) {
		return pair.minus() == null ? new int[] { 1 } : new int[] { 1, -1 };
	}
}
