package org.crnstudio.bench;

import java.util.Random;

import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Layer;
import org.crnstudio.model.Matrix;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;

/** Dense networks with reproducible random weights (fixed seeds), as the language would read them. */
public final class RandomNetworks {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private RandomNetworks() {
	}

	/**
	 * A rate-independent network: {@code sizes[0]} inputs, ReLU hidden layers, a linear output layer; weights +1/-1,
	 * biases uniform in [-1.5, 1.5].
	 */
	public static NeuralNetwork binary(long seed, int... sizes) {
		Random random = new Random(seed);
		NeuralNetwork network = network("Binary", sizes[0]);
		for (int l = 1; l < sizes.length; l++) {
			boolean output = l == sizes.length - 1;
			double[][] weights = new double[sizes[l]][sizes[l - 1]];
			for (double[] row : weights) {
				for (int c = 0; c < row.length; c++) {
					row[c] = random.nextBoolean() ? 1 : -1;
				}
			}
			add(network, output ? "out" : "h" + l, activation(output ? ActivationKind.LINEAR : ActivationKind.RELU), weights,
					uniform(random, sizes[l], 1.5));
		}
		return network;
	}

	/** A fixed-point network: smooth_relu(h = 1) on every layer, weights uniform in [-0.1, 0.1], biases in [-0.5, 0.5]. */
	public static NeuralNetwork smooth(long seed, int... sizes) {
		Random random = new Random(seed);
		NeuralNetwork network = network("Smooth", sizes[0]);
		for (int l = 1; l < sizes.length; l++) {
			double[][] weights = new double[sizes[l]][];
			for (int r = 0; r < weights.length; r++) {
				weights[r] = uniform(random, sizes[l - 1], 0.1);
			}
			Activation activation = activation(ActivationKind.SMOOTH_RELU);
			activation.setH(1);
			add(network, l == sizes.length - 1 ? "out" : "h" + l, activation, weights, uniform(random, sizes[l], 0.5));
		}
		return network;
	}

	/**
	 * A fixed-point network as the simulation benchmark uses it: smooth_relu(h) on every layer, weights N(0, 1) /
	 * sqrt(fan-in), biases uniform in [-0.5, 0.5].
	 */
	public static NeuralNetwork gaussian(long seed, double h, int... sizes) {
		Random random = new Random(seed);
		NeuralNetwork network = network("Gaussian", sizes[0]);
		for (int l = 1; l < sizes.length; l++) {
			double[][] weights = new double[sizes[l]][sizes[l - 1]];
			double scale = 1 / Math.sqrt(sizes[l - 1]);
			for (double[] row : weights) {
				for (int c = 0; c < row.length; c++) {
					row[c] = scale * random.nextGaussian();
				}
			}
			Activation activation = activation(ActivationKind.SMOOTH_RELU);
			activation.setH(h);
			add(network, l == sizes.length - 1 ? "out" : "h" + l, activation, weights, uniform(random, sizes[l], 0.5));
		}
		return network;
	}

	/** A network without weights (the compiler initialises them), smooth_relu(h) on every layer: XorNet's shape. */
	public static NeuralNetwork untrained(String name, double h, int... sizes) {
		NeuralNetwork network = network(name, sizes[0]);
		for (int l = 1; l < sizes.length; l++) {
			Layer layer = FACTORY.createLayer();
			layer.setName(l == sizes.length - 1 ? "y" : "hidden");
			layer.setUnits(sizes[l]);
			Activation activation = activation(ActivationKind.SMOOTH_RELU);
			activation.setH(h);
			layer.setActivation(activation);
			network.getLayers().add(layer);
		}
		return network;
	}

	static NeuralNetwork network(String name, int inputs) {
		NeuralNetwork network = FACTORY.createNeuralNetwork();
		network.setName(name);
		for (int i = 0; i < inputs; i++) {
			NetworkInput input = FACTORY.createNetworkInput();
			input.setName("x" + (i + 1));
			network.getInputs().add(input);
		}
		return network;
	}

	static void add(NeuralNetwork network, String name, Activation activation, double[][] weights, double[] bias) {
		Layer layer = FACTORY.createLayer();
		layer.setName(name);
		layer.setUnits(weights.length);
		layer.setActivation(activation);
		Matrix matrix = FACTORY.createMatrix();
		for (double[] values : weights) {
			MatrixRow row = FACTORY.createMatrixRow();
			for (double value : values) {
				row.getValues().add(value);
			}
			matrix.getRows().add(row);
		}
		layer.setWeights(matrix);
		for (double value : bias) {
			layer.getBias().add(value);
		}
		network.getLayers().add(layer);
	}

	static Activation activation(ActivationKind kind) {
		Activation activation = FACTORY.createActivation();
		activation.setKind(kind);
		return activation;
	}

	private static double[] uniform(Random random, int n, double scale) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = scale * (2 * random.nextDouble() - 1);
		}
		return values;
	}
}
