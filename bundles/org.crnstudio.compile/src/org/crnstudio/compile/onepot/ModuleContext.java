package org.crnstudio.compile.onepot;

import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkBuilder.ReactionBuilder;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;

/** What every module needs: the plan, the species, the builder and the settings; starts tagged reactions. */
record ModuleContext(NetworkPlan plan, OnePotSpecies species, NetworkBuilder builder, OnePotSettings settings) {

	/** A new reaction at {@code rate} with provenance (stage = module name). */
	ReactionBuilder reaction(double rate, String stage, ProvenanceKind kind, String layer, int unit, int source,
			String description) {
		Provenance provenance = builder.provenance(kind, layer, unit, source, description);
		provenance.setStage(stage);
		return builder.reaction(rate, provenance);
	}
}
