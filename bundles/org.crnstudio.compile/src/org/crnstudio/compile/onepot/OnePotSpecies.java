package org.crnstudio.compile.onepot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;

/**
 * Every species of a one-pot CRN, created up front in a readable order (inputs, targets, H, then per layer
 * weights, biases, nodes; then the backward species) and found by layer, unit and source. Names use 1-based
 * unit and source numbers; provenance uses 0-based ones. The scheme is in docs/one_pot.md.
 */
final class OnePotSpecies {

	/** Initial concentration of the node species: non-zero so that a relu node (h = 0) is not stuck at 0. */
	static final double NODE_START = 1;

	/** Initial concentration of a sigmoid node, sigmoid(0): the start of its clocked window (docs/one_pot.md). */
	static final double SIGMOID_START = 0.5;

	private final NetworkPlan plan;
	private final NetworkBuilder builder;
	private final List<Species> inputs = new ArrayList<>();
	private final List<RailPair> targets = new ArrayList<>();
	private final Map<Double, Species> smoothing = new LinkedHashMap<>();
	private final List<Species[]> nodes = new ArrayList<>();
	private final List<RailPair[]> values = new ArrayList<>();
	private final List<RailPair[][]> weights = new ArrayList<>();
	private final List<RailPair[]> biases = new ArrayList<>();
	private final List<RailPair[]> preActivations = new ArrayList<>();
	private final List<RailPair[]> derivatives = new ArrayList<>();
	private final List<Species[]> denominators = new ArrayList<>();
	private final List<RailPair[]> nodeGradients = new ArrayList<>();
	private final List<RailPair[]> preActivationGradients = new ArrayList<>();
	private final List<RailPair[][]> weightGradients = new ArrayList<>();

	OnePotSpecies(NetworkPlan plan, NetworkBuilder builder, OnePotSettings settings) {
		this.plan = plan;
		this.builder = builder;
		for (int j = 0; j < plan.inputs().size(); j++) {
			String input = plan.inputs().get(j);
			inputs.add(create(capitalized(input), 0, SpeciesRole.INPUT, ProvenanceKind.INPUT, null, j, -1, "forward",
					"network input " + input));
		}
		DenseLayerPlan output = plan.output();
		for (int k = 0; k < output.units(); k++) {
			String observable = OnePotCompiler.outputName(output, k);
			if (output.signed()) { // a tanh or leaky ReLU output can be negative, and so can its target
				targets.add(rails("T_" + observable, 0, 0, SpeciesRole.TARGET, ProvenanceKind.OUTPUT, output.name(), k, -1,
						"loss", "training target of output " + observable));
			} else {
				targets.add(new RailPair(create("T_" + observable, 0, SpeciesRole.TARGET, ProvenanceKind.OUTPUT,
						output.name(), k, -1, "loss", "training target of output " + observable), null));
			}
		}
		// sigmoid layers need no smoothing species
		List<DenseLayerPlan> smoothed = plan.layers().stream().filter(layer -> !layer.clocked()).toList();
		boolean oneSmoothing = smoothed.stream().mapToDouble(DenseLayerPlan::h).distinct().count() == 1;
		for (DenseLayerPlan layer : smoothed) {
			smoothing.computeIfAbsent(layer.h(), h -> create(oneSmoothing ? "H" : "H_" + layer.name(), h,
					SpeciesRole.AUXILIARY, ProvenanceKind.NONE, oneSmoothing ? null : layer.name(), -1, -1, "forward",
					"smoothing parameter h = " + h));
		}
		for (DenseLayerPlan layer : plan.layers()) {
			createForward(layer, settings.railOffset());
		}
		for (DenseLayerPlan layer : plan.layers()) {
			createBackward(layer);
		}
	}

	private void createForward(DenseLayerPlan layer, double offset) {
		String name = layer.name();
		RailPair[][] layerWeights = new RailPair[layer.units()][layer.fanIn()];
		for (int i = 0; i < layer.units(); i++) {
			for (int j = 0; j < layer.fanIn(); j++) {
				layerWeights[i][j] = rails("W_" + name + "_" + (i + 1) + "_" + (j + 1), layer.weights()[i][j] , offset,
						SpeciesRole.WEIGHT, ProvenanceKind.WEIGHT, name, i, j, "forward",
						"weight " + name + "[" + i + "][" + j + "]");
			}
		}
		weights.add(layerWeights);
		RailPair[] layerBiases = new RailPair[layer.units()];
		for (int i = 0; i < layer.units(); i++) {
			layerBiases[i] = rails("B_" + name + "_" + (i + 1), layer.bias()[i], offset, SpeciesRole.BIAS, ProvenanceKind.BIAS,
					name, i, -1, "forward", "bias " + name + "[" + i + "]");
		}
		biases.add(layerBiases);
		boolean last = layer.index() == plan.layers().size() - 1;
		Species[] layerNodes = new Species[layer.units()];
		RailPair[] layerValues = new RailPair[layer.units()];
		RailPair[] layerPreActivations = new RailPair[layer.units()];
		SpeciesRole role = last ? SpeciesRole.OUTPUT : SpeciesRole.HIDDEN;
		ProvenanceKind kind = last ? ProvenanceKind.OUTPUT : ProvenanceKind.NODE;
		for (int i = 0; i < layer.units(); i++) {
			String unit = name + "_" + (i + 1);
			if (layer.tanh()) {
				// the logistic state u (tanh = 2u - 1) and the signed value on two rails
				layerNodes[i] = create("U_" + unit, SIGMOID_START, SpeciesRole.AUXILIARY, kind, name, i, -1, "forward",
						"logistic state u = (1 + tanh z) / 2 of " + name + "[" + i + "]");
				// starts at 2u = 1 and 1, the value module's fixed point for u = 1/2 (tanh 0 = 0)
				layerValues[i] = rails(unit, 0, 1, role, kind, name, i, -1, "forward", "node " + name + "[" + i + "]");
			} else if (layer.leaky()) {
				// the ReLU part r = phi_h(z) (started at 1, so it is not stuck at 0) and the signed value on two rails
				layerNodes[i] = create("R_" + unit, NODE_START, SpeciesRole.AUXILIARY, kind, name, i, -1, "forward",
						"ReLU part r = phi_h(z) of " + name + "[" + i + "]");
				layerValues[i] = rails(unit, 0, 0, role, kind, name, i, -1, "forward", "node " + name + "[" + i + "]");
			} else {
				layerNodes[i] = create(unit, layer.clocked() ? SIGMOID_START : NODE_START, role, kind, name, i, -1,
						"forward", "node " + name + "[" + i + "]");
				layerValues[i] = new RailPair(layerNodes[i], null);
			}
			if (layer.hasPreActivation()) {
				layerPreActivations[i] = rails("Z_" + name + "_" + (i + 1), 0, 0, SpeciesRole.AUXILIARY, ProvenanceKind.NODE,
						name, i, -1, "forward", "pre-activation z = b + sum w x' of " + name + "[" + i + "]");
			}
		}
		nodes.add(layerNodes);
		values.add(layerValues);
		preActivations.add(layerPreActivations);
	}

	private void createBackward(DenseLayerPlan layer) {
		String name = layer.name();
		RailPair[] layerDerivatives = new RailPair[layer.units()];
		Species[] layerDenominators = new Species[layer.units()];
		RailPair[] layerNodeGradients = new RailPair[layer.units()];
		RailPair[] layerPreGradients = new RailPair[layer.units()];
		RailPair[][] layerWeightGradients = new RailPair[layer.units()][layer.fanIn()];
		boolean last = layer.index() == plan.layers().size() - 1;
		for (int i = 0; i < layer.units(); i++) {
			String unit = name + "_" + (i + 1);
			if (layer.clocked()) {
				// sigmoid' = x - x^2 and tanh' = 1 - x^2 are differences: two rails (appendix C)
				layerDerivatives[i] = rails("D_" + unit, 0, 0, SpeciesRole.AUXILIARY, ProvenanceKind.DERIVATIVE, name, i, -1,
						"derivative", "activation derivative " + (layer.tanh() ? "1 - x^2" : "x - x^2") + " of " + name
								+ "[" + i + "]");
			} else {
				layerDerivatives[i] = new RailPair(create("D_" + unit, 0, SpeciesRole.AUXILIARY, ProvenanceKind.DERIVATIVE,
						name, i, -1, "derivative", (layer.leaky() ? "derivative r^2/(r^2+h) of the ReLU part of " : "activation derivative x^2/(x^2+h) of ")
								+ name + "[" + i + "]"), null);
				layerDenominators[i] = create("S_" + unit, 0, SpeciesRole.AUXILIARY, ProvenanceKind.DERIVATIVE, name, i, -1,
						"derivative", "denominator x^2+h of " + name + "[" + i + "]");
			}
			layerNodeGradients[i] = rails("LX_" + unit, 0, 0, SpeciesRole.GRADIENT,
					last ? ProvenanceKind.LOSS_GRADIENT : ProvenanceKind.PRODUCT, name, i, -1, last ? "loss" : "backward",
					"dL/dx of " + name + "[" + i + "]");
			layerPreGradients[i] = rails("LZ_" + unit, 0, 0, SpeciesRole.GRADIENT, ProvenanceKind.PRODUCT, name, i, -1,
					"backward", "dL/dz = dL/db of " + name + "[" + i + "]");
			for (int j = 0; j < layer.fanIn(); j++) {
				layerWeightGradients[i][j] = rails("LW_" + unit + "_" + (j + 1), 0, 0, SpeciesRole.GRADIENT,
						ProvenanceKind.PRODUCT, name, i, j, "backward", "dL/dw of " + name + "[" + i + "][" + j + "]");
			}
		}
		derivatives.add(layerDerivatives);
		denominators.add(layerDenominators);
		nodeGradients.add(layerNodeGradients);
		preActivationGradients.add(layerPreGradients);
		weightGradients.add(layerWeightGradients);
	}

	Species input(int j) {
		return inputs.get(j);
	}

	/** The target of output k: one rail, or two for a tanh or leaky ReLU output. */
	RailPair target(int k) {
		return targets.get(k);
	}

	Species smoothing(DenseLayerPlan layer) {
		return smoothing.get(layer.h());
	}

	/**
	 * The species a node's own reactions evolve: its value, for a tanh node the logistic state u, for a leaky ReLU
	 * node its ReLU part r.
	 */
	Species node(int layer, int unit) {
		return nodes.get(layer)[unit];
	}

	/** The value of a node as other modules read it: one rail (minus null), or two for a tanh or leaky ReLU node. */
	RailPair value(int layer, int unit) {
		return values.get(layer)[unit];
	}

	/** Input j of a layer: a network input (one rail) for the first layer, a node of the layer before otherwise. */
	RailPair source(int layer, int j) {
		return layer == 0 ? new RailPair(inputs.get(j), null) : values.get(layer - 1)[j];
	}

	RailPair weight(int layer, int unit, int j) {
		return weights.get(layer)[unit][j];
	}

	RailPair bias(int layer, int unit) {
		return biases.get(layer)[unit];
	}

	/** The activation's derivative at a node: one rail (minus null) for smooth ReLU, two for sigmoid and tanh. */
	RailPair derivative(int layer, int unit) {
		return derivatives.get(layer)[unit];
	}

	/** The pre-activation z of a sigmoid, tanh or leaky ReLU node (dual rail); null for other layers. */
	RailPair preActivation(int layer, int unit) {
		return preActivations.get(layer)[unit];
	}

	/** The denominator x^2 + h of a smooth-ReLU derivative; null for a sigmoid or tanh node. */
	Species denominator(int layer, int unit) {
		return denominators.get(layer)[unit];
	}

	/** dL/dx of a node (LY of the paper for an output node). */
	RailPair nodeGradient(int layer, int unit) {
		return nodeGradients.get(layer)[unit];
	}

	/** dL/dz of a node, which is also dL/db. */
	RailPair preActivationGradient(int layer, int unit) {
		return preActivationGradients.get(layer)[unit];
	}

	RailPair weightGradient(int layer, int unit, int j) {
		return weightGradients.get(layer)[unit][j];
	}

	private RailPair rails(String base, double value, double offset, SpeciesRole role, ProvenanceKind kind, String layer,
			int unit, int source, String stage, String description) {
		return new RailPair(
				create(base + "_p", Math.max(0, value) + offset, role, kind, layer, unit, source, stage, description + ", positive rail"),
				create(base + "_n", Math.max(0, -value) + offset, role, kind, layer, unit, source, stage, description + ", negative rail"));
	}

	private Species create(String name, double initial, SpeciesRole role, ProvenanceKind kind, String layer, int unit,
			int source, String stage, String description) {
		Species taken = builder.existing(name);
		if (taken != null) {
			throw new CompilationException("one_pot would give two species of " + plan.network().getName() + " the name "
					+ name + " (" + taken.getProvenance().getDescription() + "; " + description
					+ "): rename a layer or an input", plan.network().getLine());
		}
		Provenance provenance = builder.provenance(kind, layer, unit, source, description);
		provenance.setStage(stage);
		return builder.species(name, initial, role, provenance);
	}

	static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
