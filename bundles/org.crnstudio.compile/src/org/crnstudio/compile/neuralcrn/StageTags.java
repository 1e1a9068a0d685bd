package org.crnstudio.compile.neuralcrn;

import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkBuilder.ReactionBuilder;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;

/** Marks reactions with their clock phase (C1, C2) and their stage (N1..N4) and origin. */
final class StageTags {

	static final String C1 = "C1";
	static final String C2 = "C2";

	private final NetworkBuilder builder;

	StageTags(NetworkBuilder builder) {
		this.builder = builder;
	}

	void tag(ReactionBuilder reaction, String phase, String stage, ProvenanceKind kind, String layer, String description) {
		reaction.phase(phase);
		Provenance provenance = builder.provenance(kind, layer, -1, -1, stage + ": " + description);
		provenance.setStage(stage);
		reaction.get().setProvenance(provenance);
	}

	/** A tagger for the kinetic translation: the layer is the source name of the first target. */
	PolynomialOdeCompiler.ReactionTagger tagger(String phase, String stage, ProvenanceKind kind) {
		return (reaction, targets, description) -> tag(reaction, phase, stage, kind, sourceName(targets.iterator().next()),
				description);
	}

	/** "g:theta1" -> theta1, "a:z1,z2" -> z1, "z1" -> z1. */
	static String sourceName(String variable) {
		String name = variable.contains(":") ? variable.substring(variable.indexOf(':') + 1) : variable;
		return name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
	}
}
