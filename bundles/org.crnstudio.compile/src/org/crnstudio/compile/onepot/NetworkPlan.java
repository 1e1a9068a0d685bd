package org.crnstudio.compile.onepot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.Activation;
import org.crnstudio.model.Layer;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;

/**
 * The layers of a neural network checked for one_pot: every layer a smooth ReLU (or relu, h = 0), a leaky ReLU
 * or a clocked sigmoid or tanh, weight shapes
 * that fit, and initial weights where none are given: uniform in [-1/sqrt(fan-in), 1/sqrt(fan-in)] from a
 * {@link Random} seeded with {@code init_seed} and the layer's position, biases 0.
 */
public record NetworkPlan(NeuralNetwork network, List<String> inputs, List<DenseLayerPlan> layers) {

	public static NetworkPlan of(NeuralNetwork network, OnePotSettings settings, int line) {
		if (network.getInputs().isEmpty() || network.getLayers().isEmpty()) {
			throw new CompilationException("network " + network.getName()
					+ " needs inputs and at least one layer for one_pot", network.getLine() > 0 ? network.getLine() : line);
		}
		List<String> inputs = network.getInputs().stream().map(NetworkInput::getName).toList();
		List<DenseLayerPlan> layers = new ArrayList<>();
		int fanIn = inputs.size();
		for (Layer layer : network.getLayers()) {
			int index = layers.size();
			layers.add(new DenseLayerPlan(layer.getName(), index, layer.getUnits(), fanIn,
					weights(network, layer, fanIn, settings.initSeed(), index), bias(network, layer),
					smoothing(network, layer, settings), layer.getLine(), layer.getActivation().getKind(),
					slope(network, layer)));
			fanIn = layer.getUnits();
		}
		return new NetworkPlan(network, inputs, layers);
	}

	public DenseLayerPlan output() {
		return layers.get(layers.size() - 1);
	}

	private static double smoothing(NeuralNetwork network, Layer layer, OnePotSettings settings) {
		Activation activation = layer.getActivation();
		return switch (activation.getKind()) {
		case SMOOTH_RELU -> {
			if (activation.getH() < 0) {
				throw new CompilationException("layer " + layer.getName() + " of " + network.getName()
						+ " has smooth_relu(h = " + activation.getH() + "): h must be 0 or more", layer.getLine());
			}
			yield activation.getH();
		}
		case RELU -> 0;
		case SIGMOID, TANH -> 0;
		case LEAKY_RELU -> settings.leakyH();
		default -> throw new CompilationException("layer " + layer.getName() + " of " + network.getName() + " uses "
				+ activation.getKind().getLiteral()
				+ ", which one_pot cannot build (valid: smooth_relu(h = ...), relu, leaky_relu(slope = ...), sigmoid, tanh)",
				layer.getLine());
		};
	}

	/** The negative slope of a leaky ReLU layer, which one_pot builds for 0 <= slope <= 1; 0 for the others. */
	private static double slope(NeuralNetwork network, Layer layer) {
		Activation activation = layer.getActivation();
		if (activation.getKind() != org.crnstudio.model.ActivationKind.LEAKY_RELU) {
			return 0;
		}
		double slope = activation.getSlope();
		if (!(slope >= 0 && slope <= 1)) {
			throw new CompilationException("layer " + layer.getName() + " of " + network.getName() + " has leaky_relu(slope = "
					+ slope + "): one_pot builds slopes from 0 to 1", layer.getLine());
		}
		return slope;
	}

	private static double[][] weights(NeuralNetwork network, Layer layer, int fanIn, long seed, int index) {
		if (layer.getUnits() < 1) {
			throw new CompilationException("layer " + layer.getName() + " of " + network.getName()
					+ " has " + layer.getUnits() + " units (give 1 or more)", layer.getLine());
		}
		double[][] weights = new double[layer.getUnits()][fanIn];
		if (layer.getWeights() == null) {
			Random random = new Random(seed * 1_000_003L + index);
			double scale = 1 / Math.sqrt(fanIn);
			for (double[] row : weights) {
				for (int j = 0; j < fanIn; j++) {
					row[j] = scale * (2 * random.nextDouble() - 1);
				}
			}
			return weights;
		}
		List<MatrixRow> rows = layer.getWeights().getRows();
		boolean fits = rows.size() == layer.getUnits() && rows.stream().allMatch(row -> row.getValues().size() == fanIn);
		if (!fits) {
			int columns = rows.isEmpty() ? 0 : rows.get(0).getValues().size();
			throw new CompilationException("the weights of layer " + layer.getName() + " of " + network.getName() + " are "
					+ rows.size() + " x " + columns + " but the layer needs " + layer.getUnits() + " x " + fanIn
					+ " (one row per unit, one column per input)", layer.getWeights().getLine() > 0
							? layer.getWeights().getLine() : layer.getLine());
		}
		for (int i = 0; i < weights.length; i++) {
			for (int j = 0; j < fanIn; j++) {
				weights[i][j] = rows.get(i).getValues().get(j);
			}
		}
		return weights;
	}

	private static double[] bias(NeuralNetwork network, Layer layer) {
		if (layer.getBias().isEmpty()) {
			return new double[layer.getUnits()];
		}
		if (layer.getBias().size() != layer.getUnits()) {
			throw new CompilationException("layer " + layer.getName() + " of " + network.getName() + " has "
					+ layer.getBias().size() + " biases for " + layer.getUnits() + " units (give one per unit)",
					layer.getLine());
		}
		return layer.getBias().stream().mapToDouble(Double::doubleValue).toArray();
	}
}
