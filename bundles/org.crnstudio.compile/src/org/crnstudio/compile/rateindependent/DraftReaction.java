package org.crnstudio.compile.rateindependent;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reaction of the draft network: species names with (possibly large) stoichiometric coefficients; rate 1. */
final class DraftReaction {

	final Map<String, Long> reactants = new LinkedHashMap<>();
	Map<String, Long> products = new LinkedHashMap<>();
	Origin origin;

	DraftReaction(Origin origin) {
		this.origin = origin;
	}

	DraftReaction reactant(String species) {
		reactants.merge(species, 1L, Long::sum);
		return this;
	}

	DraftReaction product(String species) {
		products.merge(species, 1L, Long::sum);
		return this;
	}

	/** One reactant molecule: {@code R -> products}. */
	boolean isUnimolecular() {
		return reactants.size() == 1 && reactants.values().iterator().next() == 1;
	}

	String firstReactant() {
		return reactants.keySet().iterator().next();
	}
}
