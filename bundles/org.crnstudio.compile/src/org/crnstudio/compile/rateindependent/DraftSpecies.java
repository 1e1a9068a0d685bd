package org.crnstudio.compile.rateindependent;

import org.crnstudio.model.SpeciesRole;

/**
 * A species of the draft network. {@code partner} names the other rail of a dual-rail value (null for M and the
 * waste); {@code plus} says which rail this one is.
 */
final class DraftSpecies {

	final String name;
	final SpeciesRole role;
	final Origin origin;
	final String partner;
	final boolean plus;
	double initial;

	DraftSpecies(String name, SpeciesRole role, Origin origin, String partner, boolean plus) {
		this.name = name;
		this.role = role;
		this.origin = origin;
		this.partner = partner;
		this.plus = plus;
	}

	boolean isInput() {
		return role == SpeciesRole.INPUT;
	}
}
