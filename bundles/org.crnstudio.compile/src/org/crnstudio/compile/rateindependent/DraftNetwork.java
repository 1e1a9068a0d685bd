package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.SpeciesRole;

/**
 * The rate-independent CRN while it is built and reduced: plain names and long coefficients, written to the model
 * only at the end ({@link NetworkWriter}).
 */
final class DraftNetwork {

	final String source;
	final int line;
	final Map<String, DraftSpecies> species = new LinkedHashMap<>();
	List<DraftReaction> reactions = new ArrayList<>();
	/** Input name -> its two rails (plus, minus). */
	final Map<String, String[]> inputPorts = new LinkedHashMap<>();
	/** Observable name -> its two rails (plus, minus). */
	final Map<String, String[]> outputs = new LinkedHashMap<>();

	DraftNetwork(String source, int line) {
		this.source = source;
		this.line = line;
	}

	/** Adds the two rails {@code base_p}, {@code base_n} of one signed value. */
	String[] dualRail(String base, SpeciesRole role, Origin origin) {
		String plus = base + "_p";
		String minus = base + "_n";
		add(new DraftSpecies(plus, role, origin.withDescription(origin.description() + ", positive rail"), minus, true));
		add(new DraftSpecies(minus, role, origin.withDescription(origin.description() + ", negative rail"), plus, false));
		return new String[] { plus, minus };
	}

	String single(String name, SpeciesRole role, Origin origin) {
		add(new DraftSpecies(name, role, origin, null, true));
		return name;
	}

	DraftReaction reaction(Origin origin) {
		DraftReaction reaction = new DraftReaction(origin);
		reactions.add(reaction);
		return reaction;
	}

	private void add(DraftSpecies draft) {
		if (species.putIfAbsent(draft.name, draft) != null) {
			throw new CompilationException("two elements of " + source + " compile to the species name " + draft.name
					+ " (rename an input or a layer)", line);
		}
	}
}
