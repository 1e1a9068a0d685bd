package org.crnstudio.compile.neuralcrn;

import java.util.Map;

import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.model.ProvenanceKind;

/** Builds one Neural CRN in order: species, N1, backward species, N2, N3, N4, clocks, observables and ports. */
final class NeuralCrnAssembly {

	private final OdeSystem system;
	private final NeuralCrnSettings settings;
	private final NetworkBuilder builder;

	NeuralCrnAssembly(OdeSystem system, NeuralCrnSettings settings, NetworkBuilder builder) {
		this.system = system;
		this.settings = settings;
		this.builder = builder;
	}

	void build() {
		StageTags tags = new StageTags(builder);
		PolynomialOdeCompiler translator = new PolynomialOdeCompiler(builder);
		Map<String, String> targetOfOutput = NeuralCrnOutputs.targets(system);
		NeuralCrnSpecies species = new NeuralCrnSpecies(system, builder);
		species.createForward(targetOfOutput, settings.dualTargets());
		translator.compile(system.equations(), species.forwardRails(), settings.rate(),
				tags.tagger(StageTags.C1, "N1", ProvenanceKind.ODE_TERM), system::lineOf);

		AdjointGroups groups = new AdjointGroups(system, targetOfOutput, settings.mergeAdjoints(),
				settings.firstOrder());
		BackwardEquations backward = BackwardEquations.of(system, groups, settings.firstOrder());
		species.createBackward(groups, backward);
		DiscreteStages discrete = new DiscreteStages(species, settings, builder, tags);
		discrete.loadAdjoints(groups);
		translator.compile(backward.all(), species.backwardRails(), settings.rate(),
				tags.tagger(StageTags.C2, "N3", ProvenanceKind.ODE_TERM));
		discrete.updateParameters();
		if (settings.annihilation()) {
			discrete.annihilate();
		}
		if (settings.flush()) {
			discrete.flush();
		}
		species.createClocks();
		NeuralCrnOutputs.addObservables(system, builder, species.states);
		species.addPorts();
	}
}
