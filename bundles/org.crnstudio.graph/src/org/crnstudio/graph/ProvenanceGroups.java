package org.crnstudio.graph;

import org.crnstudio.model.Provenance;

/** The group a compiled element belongs to: its layer, else its stage, else its provenance kind. */
final class ProvenanceGroups {

	private ProvenanceGroups() {
	}

	/** The group name, or null for elements without provenance (hand-written networks). */
	static String of(Provenance provenance) {
		if (provenance == null) {
			return null;
		}
		if (provenance.getLayer() != null && !provenance.getLayer().isEmpty()) {
			return provenance.getLayer();
		}
		if (provenance.getStage() != null && !provenance.getStage().isEmpty()) {
			return provenance.getStage();
		}
		return provenance.getKind() == null ? null : provenance.getKind().getLiteral();
	}
}
