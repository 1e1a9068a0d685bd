package org.crnstudio.compile.onepot;

import org.crnstudio.model.Species;

/** The two species of a signed value: value = [plus] - [minus]. */
public record RailPair(Species plus, Species minus) {

	/** The rail of the given sign (+1 plus, -1 minus). */
	public Species of(int sign) {
		return sign > 0 ? plus : minus;
	}
}
