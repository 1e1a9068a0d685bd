package org.crnstudio.train.onepot;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.compile.onepot.OnePotCompiler;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.train.TrainingException;

/**
 * The one-pot training CRN of a neural network (compiled once) with the positions of the species a training run
 * touches: the input ports, the target ports (one or two rails) and the two rails of every weight and bias, from
 * which the current network is read.
 */
final class OnePotNetwork {

	private final NeuralNetwork source;
	private final ReactionNetwork network;
	private final int[] inputs;
	private final int[] targetPlus;
	private final int[] targetMinus;
	/** [layer][unit][source] positions of the positive and negative rails; source == fanIn is the bias. */
	private final int[][][] plusRail;
	private final int[][][] minusRail;

	private OnePotNetwork(NeuralNetwork source, ReactionNetwork network) {
		this.source = source;
		this.network = network;
		List<Species> species = network.getSpecies();
		List<Port> inputPorts = network.getPorts().stream().filter(port -> port.getKind() == PortKind.INPUT).toList();
		List<Port> targetPorts = network.getPorts().stream().filter(port -> port.getKind() == PortKind.TARGET).toList();
		inputs = inputPorts.stream().mapToInt(port -> species.indexOf(port.getPlus())).toArray();
		targetPlus = targetPorts.stream().mapToInt(port -> species.indexOf(port.getPlus())).toArray();
		targetMinus = targetPorts.stream().mapToInt(port -> port.getMinus() == null ? -1 : species.indexOf(port.getMinus()))
				.toArray();
		List<Layer> layers = source.getLayers();
		plusRail = new int[layers.size()][][];
		minusRail = new int[layers.size()][][];
		int fanIn = source.getInputs().size();
		for (int l = 0; l < layers.size(); l++) {
			plusRail[l] = filled(layers.get(l).getUnits(), fanIn + 1);
			minusRail[l] = filled(layers.get(l).getUnits(), fanIn + 1);
			fanIn = layers.get(l).getUnits();
		}
		for (int s = 0; s < species.size(); s++) {
			record(s, species.get(s));
		}
		for (int[][] layer : plusRail) {
			for (int[] unit : layer) {
				for (int position : unit) {
					if (position < 0) {
						throw new IllegalStateException("one_pot network of " + source.getName() + " lacks a weight species");
					}
				}
			}
		}
	}

	/** Compiles {@code source} with the one_pot options among {@code options} (the rest are the training's). */
	static OnePotNetwork compile(NeuralNetwork source, List<Option> options, int line) {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName(source.getName() + "OnePot");
		try {
			new OnePotCompiler().compile(source, new CompilationOptions("one_pot", options, line), network);
		} catch (CompilationException e) {
			throw new TrainingException(e.getMessage(), e.getLine() > 0 ? e.getLine() : line, e);
		}
		return new OnePotNetwork(source, network);
	}

	ReactionNetwork network() {
		return network;
	}

	int inputCount() {
		return inputs.length;
	}

	int outputCount() {
		return targetPlus.length;
	}

	int input(int j) {
		return inputs[j];
	}

	int targetPlus(int k) {
		return targetPlus[k];
	}

	/** Position of the negative rail of target k, -1 when the target has one rail. */
	int targetMinus(int k) {
		return targetMinus[k];
	}

	/** The network the weight species hold now: w = [W+] - [W-], b = [B+] - [B-]. */
	DenseNetwork read(double[] concentrations) {
		List<DenseLayer> layers = new ArrayList<>();
		List<Layer> sourceLayers = source.getLayers();
		for (int l = 0; l < sourceLayers.size(); l++) {
			int units = plusRail[l].length;
			int fanIn = plusRail[l][0].length - 1;
			double[][] weights = new double[units][fanIn];
			double[] bias = new double[units];
			for (int i = 0; i < units; i++) {
				for (int j = 0; j < fanIn; j++) {
					weights[i][j] = concentrations[plusRail[l][i][j]] - concentrations[minusRail[l][i][j]];
				}
				bias[i] = concentrations[plusRail[l][i][fanIn]] - concentrations[minusRail[l][i][fanIn]];
			}
			Layer layer = sourceLayers.get(l);
			layers.add(new DenseLayer(layer.getName(), l, weights, bias, layer.getActivation(), layer.getLine()));
		}
		return new DenseNetwork(source.getName(), source.getInputs().stream().map(input -> input.getName()).toList(),
				layers, source.getLine());
	}

	private void record(int position, Species species) {
		var provenance = species.getProvenance();
		if (provenance == null || (species.getRole() != SpeciesRole.WEIGHT && species.getRole() != SpeciesRole.BIAS)) {
			return;
		}
		int layer = layerIndex(provenance.getLayer());
		boolean bias = provenance.getKind() == ProvenanceKind.BIAS;
		int column = bias ? plusRail[layer][0].length - 1 : provenance.getSource();
		boolean plus = species.getName().endsWith("_p");
		(plus ? plusRail : minusRail)[layer][provenance.getUnit()][column] = position;
	}

	private int layerIndex(String name) {
		List<Layer> layers = source.getLayers();
		for (int l = 0; l < layers.size(); l++) {
			if (layers.get(l).getName().equals(name)) {
				return l;
			}
		}
		throw new IllegalStateException("one_pot species names an unknown layer " + name);
	}

	private static int[][] filled(int rows, int columns) {
		int[][] positions = new int[rows][columns];
		for (int[] row : positions) {
			java.util.Arrays.fill(row, -1);
		}
		return positions;
	}
}
