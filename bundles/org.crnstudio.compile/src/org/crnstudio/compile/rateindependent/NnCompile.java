package org.crnstudio.compile.rateindependent;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.compile.nn.OutputNames;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.SpeciesRole;

/**
 * Algorithm 1 of seed 004 (NNCompile): per layer and input unit i, {@code S_i+ -> sum_j P_j^{s(i,j)}} and its
 * sign-flipped copy {@code S_i- -> sum_j P_j^{-s(i,j)}}, with P the pre-activation I of a ReLU layer or the
 * activation H of the linear output layer; biases as initial values of P; each ReLU unit
 * {@code I+ -> M + H+}, {@code M + I- -> H-}.
 */
final class NnCompile {

	private NnCompile() {
	}

	static DraftNetwork compile(DenseNetwork network, boolean binarize) {
		checkActivations(network);
		DraftNetwork draft = new DraftNetwork(network.name(), network.line());
		List<String[]> sources = new ArrayList<>();
		for (int i = 0; i < network.inputs().size(); i++) {
			String input = network.inputs().get(i);
			String[] rails = draft.dualRail(RateIndependentNames.input(input), SpeciesRole.INPUT,
					new Origin(ProvenanceKind.INPUT, null, -1, i, "input", "input " + input));
			draft.inputPorts.put(input, rails);
			sources.add(rails);
		}
		for (DenseLayer layer : network.layers()) {
			sources = compileLayer(draft, network, layer, sources, BinaryWeights.of(layer, network.name(), binarize));
		}
		List<String> names = OutputNames.of(network.outputLayer());
		for (int unit = 0; unit < names.size(); unit++) {
			draft.outputs.put(names.get(unit), sources.get(unit));
		}
		return draft;
	}

	private static List<String[]> compileLayer(DraftNetwork draft, DenseNetwork network, DenseLayer layer, List<String[]> sources,
			int[][] signs) {
		String name = layer.name();
		boolean relu = layer.kind() == ActivationKind.RELU;
		boolean output = network.isOutput(layer);
		List<String[]> targets = new ArrayList<>();
		for (int unit = 0; unit < layer.units(); unit++) {
			String base = relu ? RateIndependentNames.preActivation(name, unit) : RateIndependentNames.activation(name, unit);
			// A ReLU layer is hidden (checkActivations); the linear layer is the output.
			String[] rails = draft.dualRail(base, output && !relu ? SpeciesRole.OUTPUT : SpeciesRole.HIDDEN,
					new Origin(relu ? ProvenanceKind.PRE_ACTIVATION : ProvenanceKind.ACTIVATION, name, unit, -1, "weights",
							(relu ? "pre-activation of " : "value of ") + name + "[" + unit + "]"));
			double b = layer.bias()[unit];
			if (b > 0) {
				draft.species.get(rails[0]).initial = b;
			} else if (b < 0) {
				draft.species.get(rails[1]).initial = -b;
			}
			targets.add(rails);
		}
		for (int source = 0; source < sources.size(); source++) {
			String[] from = sources.get(source);
			for (int sign : new int[] { 1, -1 }) {
				String rail = sign > 0 ? "positive" : "negative";
				DraftReaction reaction = draft.reaction(new Origin(ProvenanceKind.WEIGHT, name, -1, source, "weights",
						"input " + source + " of layer " + name + " (" + rail + " rail) times the weights of every unit"));
				reaction.reactant(from[sign > 0 ? 0 : 1]);
				for (int unit = 0; unit < layer.units(); unit++) {
					reaction.product(targets.get(unit)[signs[unit][source] * sign > 0 ? 0 : 1]);
				}
			}
		}
		if (!relu) {
			return targets;
		}
		List<String[]> activations = new ArrayList<>();
		for (int unit = 0; unit < layer.units(); unit++) {
			String m = draft.single(RateIndependentNames.relu(name, unit), SpeciesRole.AUXILIARY,
					new Origin(ProvenanceKind.ACTIVATION, name, unit, -1, "relu", "ReLU module of " + name + "[" + unit + "]"));
			String[] h = draft.dualRail(RateIndependentNames.activation(name, unit), SpeciesRole.HIDDEN,
					new Origin(ProvenanceKind.ACTIVATION, name, unit, -1, "relu", "activation of " + name + "[" + unit + "]"));
			String[] i = targets.get(unit);
			draft.reaction(new Origin(ProvenanceKind.ACTIVATION, name, unit, -1, "relu", "ReLU of " + name + "[" + unit + "]: I+ -> M + H+"))
					.reactant(i[0]).product(m).product(h[0]);
			draft.reaction(new Origin(ProvenanceKind.ACTIVATION, name, unit, -1, "relu", "ReLU of " + name + "[" + unit + "]: M + I- -> H-"))
					.reactant(m).reactant(i[1]).product(h[1]);
			activations.add(h);
		}
		return activations;
	}

	private static void checkActivations(DenseNetwork network) {
		for (DenseLayer layer : network.layers()) {
			String where = "layer " + layer.name() + " of " + network.name();
			if (network.isOutput(layer)) {
				if (layer.kind() != ActivationKind.LINEAR) {
					throw new CompilationException(where + " is the output layer and uses " + layer.kind().getLiteral()
							+ "; rate_independent needs a linear output layer (dense(units, linear))", layer.line());
				}
			} else if (layer.kind() != ActivationKind.RELU) {
				throw new CompilationException(where + " uses " + layer.kind().getLiteral()
						+ "; rate_independent needs relu on every hidden layer (dense(units, relu))", layer.line());
			}
		}
	}
}
