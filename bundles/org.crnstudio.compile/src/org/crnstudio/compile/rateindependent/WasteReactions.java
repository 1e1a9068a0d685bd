package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.SpeciesRole;

/**
 * The optional {@code S+ + S- -> Waste} for every dual-rail value but the inputs (whose rails the user sets, one
 * of them 0). Annihilating one molecule of each rail leaves every value, and every ReLU module's result, unchanged
 * while keeping the rails small.
 */
final class WasteReactions {

	private WasteReactions() {
	}

	static void add(DraftNetwork draft) {
		List<DraftSpecies> pairs = new ArrayList<>();
		for (DraftSpecies species : draft.species.values()) {
			if (species.plus && species.partner != null && !species.isInput() && draft.species.containsKey(species.partner)) {
				pairs.add(species);
			}
		}
		if (pairs.isEmpty()) {
			return;
		}
		String waste = draft.single(RateIndependentNames.waste(), SpeciesRole.WASTE,
				new Origin(ProvenanceKind.WASTE, null, -1, -1, "waste", "inert waste of S+ + S- -> Waste"));
		for (DraftSpecies plus : pairs) {
			DraftSpecies minus = draft.species.get(plus.partner);
			Origin origin = plus.origin;
			draft.reaction(new Origin(ProvenanceKind.WASTE, origin.layer(), origin.unit(), origin.source(), "waste",
					"annihilation of the rails " + plus.name + " and " + minus.name)).reactant(plus.name).reactant(minus.name).product(waste);
		}
	}
}
