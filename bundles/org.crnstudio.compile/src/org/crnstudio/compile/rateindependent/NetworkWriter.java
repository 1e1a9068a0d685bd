package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/** Writes a finished draft into the model: species, reactions at the given rate, input ports and output observables. */
final class NetworkWriter {

	private final NetworkBuilder builder;
	private final Map<String, Species> written = new HashMap<>();

	NetworkWriter(NetworkBuilder builder) {
		this.builder = builder;
	}

	void write(DraftNetwork draft, double rate) {
		for (DraftSpecies species : draft.species.values()) {
			if (builder.existing(species.name) != null) {
				throw new CompilationException("the compiled network of " + draft.source + " already has a species " + species.name, draft.line);
			}
			written.put(species.name, builder.species(species.name, species.initial, species.role, provenance(species.origin)));
		}
		for (DraftReaction reaction : draft.reactions) {
			Reaction target = builder.reaction(rate, provenance(reaction.origin)).get();
			// The draft's terms are distinct already: add them directly (ReactionBuilder looks for duplicates, which is
			// quadratic in the thousand-product reactions reduce makes).
			target.getReactants().addAll(terms(draft, reaction.reactants));
			target.getProducts().addAll(terms(draft, reaction.products));
		}
		draft.inputPorts.forEach((name, rails) -> builder.port(name, PortKind.INPUT, written.get(rails[0]), written.get(rails[1])));
		for (Map.Entry<String, String[]> output : draft.outputs.entrySet()) {
			String name = output.getKey();
			String[] rails = output.getValue();
			if (written.containsKey(name)) {
				throw new CompilationException("output " + name + " of " + draft.source + " has the name of a species; rename its layer", draft.line);
			}
			DraftSpecies plus = draft.species.get(rails[0]);
			builder.observable(name, builder.railDifference(written.get(rails[0]), written.get(rails[1])),
					provenance(new Origin(ProvenanceKind.OUTPUT, plus.origin.layer(), plus.origin.unit(), -1, "output",
							"output " + name + " = " + rails[0] + " - " + rails[1])));
		}
	}

	private List<Term> terms(DraftNetwork draft, Map<String, Long> side) {
		List<Term> terms = new ArrayList<>(side.size());
		side.forEach((name, coefficient) -> {
			Term term = CrnFactory.eINSTANCE.createTerm();
			term.setSpecies(written.get(name));
			term.setCoefficient(coefficient(draft, name, coefficient));
			terms.add(term);
		});
		return terms;
	}

	private Provenance provenance(Origin origin) {
		Provenance provenance = builder.provenance(origin.kind(), origin.layer(), origin.unit(), origin.source(), origin.description());
		provenance.setStage(origin.stage());
		return provenance;
	}

	private static int coefficient(DraftNetwork draft, String species, long coefficient) {
		if (coefficient > Integer.MAX_VALUE) {
			throw new CompilationException("reduce of " + draft.source + " gives " + species + " a stoichiometric coefficient of "
					+ coefficient + ", above " + Integer.MAX_VALUE + " (compile with reduce = false)", draft.line);
		}
		return (int) coefficient;
	}
}
