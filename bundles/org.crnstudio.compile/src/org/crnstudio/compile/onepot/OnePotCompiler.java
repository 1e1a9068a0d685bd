package org.crnstudio.compile.onepot;

import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkCompiler;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;

/**
 * The one-pot training CRN (seed 002): forward pass, derivative modules, loss gradient, backward products and a
 * slow weight update, all running at once. Inputs and targets are ports, so a training run switches samples by
 * setting them. See docs/one_pot.md for names, options and choices.
 */
public final class OnePotCompiler implements NetworkCompiler {

	@Override
	public void compile(Declaration source, CompilationOptions options, ReactionNetwork target) {
		if (!(source instanceof NeuralNetwork network)) {
			throw new CompilationException("one_pot compiles a neural network (nn), but " + source.getName()
					+ " is not one (compile an ode model with neural_crn)", options.line());
		}
		OnePotSettings given = OnePotSettings.of(options);
		NetworkPlan plan = NetworkPlan.of(network, given, options.line());
		OnePotSettings settings = given.withLeakyDefaults(plan, options);
		NetworkBuilder builder = new NetworkBuilder(target, Construction.ONE_POT);
		ModuleContext context = new ModuleContext(plan, new OnePotSpecies(plan, builder, settings), builder, settings);
		ForwardModule.add(context);
		LogisticModule.add(context);
		LeakyReluModule.add(context);
		DerivativeModule.add(context);
		LossModule.add(context);
		BackpropModule.add(context);
		UpdateModule.add(context);
		addObservablesAndPorts(context);
	}

	/** The time per training sample a one_pot network was compiled with (option period, 300 when not given). */
	public static double period(ReactionNetwork network) {
		if (network.getCompilation() == null || network.getCompilation().getConstruction() != Construction.ONE_POT) {
			return 300;
		}
		return CompilationOptions.of(network.getCompilation()).positive("period", 300);
	}

	/**
	 * The clock phases of a one_pot network in the order the training run opens them: one {@code F_<layer>} per
	 * sigmoid or tanh layer, first layer first (empty for an all smooth-ReLU network, which needs no clock).
	 */
	public static List<String> clockPhases(ReactionNetwork network) {
		return network.getReactions().stream().map(Reaction::getPhase).filter(phase -> phase != null && !phase.isEmpty())
				.distinct().toList();
	}

	/**
	 * Whether seed 002's rate noise acts on a reaction of a one_pot network: its sections 5.2 and 5.3 perturb the
	 * rate constants of the backward CRN (derivatives, loss, backpropagation, update) and the node species, not the
	 * forward CRN's rates; a leaky ReLU node's derivative is a characteristic function there, outside the chemistry.
	 */
	public static boolean inBackwardCrn(Reaction reaction) {
		String stage = reaction.getProvenance() == null ? null : reaction.getProvenance().getStage();
		return stage != null && !stage.equals(ForwardModule.STAGE) && !stage.equals(DerivativeModule.LEAKY_STAGE);
	}

	/** The observable of output unit k: the layer's name for a one-unit layer, else name1 .. nameN. */
	public static String outputName(DenseLayerPlan output, int k) {
		return output.units() == 1 ? output.name() : output.name() + (k + 1);
	}

	private static void addObservablesAndPorts(ModuleContext context) {
		NetworkBuilder builder = context.builder();
		OnePotSpecies species = context.species();
		DenseLayerPlan output = context.plan().output();
		for (int k = 0; k < output.units(); k++) {
			String name = outputName(output, k);
			Provenance provenance = builder.provenance(ProvenanceKind.OUTPUT, output.name(), k, -1,
					"network output " + output.name() + "[" + k + "]");
			provenance.setStage(ForwardModule.STAGE);
			builder.observable(name, builder.railDifference(species.value(output.index(), k).plus(),
					species.value(output.index(), k).minus()), provenance);
		}
		for (int j = 0; j < context.plan().inputs().size(); j++) {
			builder.port(context.plan().inputs().get(j), PortKind.INPUT, species.input(j), null);
		}
		for (int k = 0; k < output.units(); k++) {
			builder.port(outputName(output, k), PortKind.TARGET, species.target(k).plus(), species.target(k).minus());
		}
	}
}
