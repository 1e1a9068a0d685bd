package org.crnstudio.compile.rateindependent;

import org.crnstudio.model.ProvenanceKind;

/** Where a draft species or reaction comes from; becomes its Provenance when the network is written. */
record Origin(ProvenanceKind kind, String layer, int unit, int source, String stage, String description) {

	Origin withDescription(String newDescription) {
		return new Origin(kind, layer, unit, source, stage, newDescription);
	}
}
