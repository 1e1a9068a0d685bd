package org.crnstudio.compile.onepot;

import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;

/**
 * Test oracle, written independently of the compiler: the forward pass of a smooth-ReLU network
 * phi_h(z) = (z + sqrt(z^2 + 4h)) / 2 (or sigmoid, tanh, or the leaky ReLU: z, or slope z below 0) with given weights, and back-propagation of L = |y - target|^2.
 */
final class Forward {

	private final NeuralNetwork network;
	private final double[][] activations;
	private final double[][] preActivations;
	private final double[] input;

	/** h of the ReLU part of a leaky ReLU (0: the exact leaky ReLU; else slope z + (1 - slope) phi_h(z)). */
	private final double corner;

	private Forward(NeuralNetwork network, double[] input, double corner) {
		this.network = network;
		this.corner = corner;
		this.input = input;
		int layers = network.getLayers().size();
		activations = new double[layers][];
		preActivations = new double[layers][];
		double[] previous = input;
		for (int l = 0; l < layers; l++) {
			Layer layer = network.getLayers().get(l);
			double h = layer.getActivation().getH();
			activations[l] = new double[layer.getUnits()];
			preActivations[l] = new double[layer.getUnits()];
			for (int i = 0; i < layer.getUnits(); i++) {
				double z = layer.getBias().isEmpty() ? 0 : layer.getBias().get(i);
				for (int j = 0; j < previous.length; j++) {
					z += weight(l, i, j) * previous[j];
				}
				preActivations[l][i] = z;
				activations[l][i] = switch (layer.getActivation().getKind()) {
				case SIGMOID -> 1 / (1 + Math.exp(-z));
				case TANH -> Math.tanh(z);
				case LEAKY_RELU -> leaky(layer.getActivation().getSlope(), z);
				default -> (z + Math.sqrt(z * z + 4 * h)) / 2;
				};
			}
			previous = activations[l];
		}
	}

	static Forward of(NeuralNetwork network, double[] input) {
		return new Forward(network, input, 0);
	}

	/** With leaky ReLU layers computed as slope z + (1 - slope) phi_h(z), h = corner. */
	static Forward withLeakyCorner(NeuralNetwork network, double[] input, double corner) {
		return new Forward(network, input, corner);
	}

	private double leaky(double slope, double z) {
		if (corner == 0) {
			return z >= 0 ? z : slope * z;
		}
		return slope * z + (1 - slope) * (z + Math.sqrt(z * z + 4 * corner)) / 2;
	}

	private double leakySlope(double slope, double z) {
		if (corner == 0) {
			return z >= 0 ? 1 : slope;
		}
		return slope + (1 - slope) * (1 + z / Math.sqrt(z * z + 4 * corner)) / 2;
	}

	double activation(int layer, int unit) {
		return activations[layer][unit];
	}

	double preActivation(int layer, int unit) {
		return preActivations[layer][unit];
	}

	private double weight(int layer, int unit, int j) {
		return network.getLayers().get(layer).getWeights().getRows().get(unit).getValues().get(j);
	}

	/** dL/dz per layer and unit (= dL/db), for a one-unit output with the given target. */
	double[][] biasGradients(double target) {
		return biasGradients(new double[] { target });
	}

	/** dL/dz per layer and unit (= dL/db), L = sum_k (y_k - target_k)^2. */
	double[][] biasGradients(double[] targets) {
		int layers = activations.length;
		double[][] dz = new double[layers][];
		double[] dx = new double[targets.length];
		for (int k = 0; k < targets.length; k++) {
			dx[k] = 2 * (activations[layers - 1][k] - targets[k]);
		}
		for (int l = layers - 1; l >= 0; l--) {
			double h = network.getLayers().get(l).getActivation().getH();
			dz[l] = new double[activations[l].length];
			for (int i = 0; i < dz[l].length; i++) {
				double z = preActivations[l][i];
				double a = activations[l][i];
				double slope = switch (network.getLayers().get(l).getActivation().getKind()) {
				case SIGMOID -> a * (1 - a);
				case TANH -> 1 - a * a;
				case LEAKY_RELU -> leakySlope(network.getLayers().get(l).getActivation().getSlope(), z);
				default -> (1 + z / Math.sqrt(z * z + 4 * h)) / 2;
				};
				dz[l][i] = dx[i] * slope;
			}
			if (l > 0) {
				double[] below = new double[activations[l - 1].length];
				for (int j = 0; j < below.length; j++) {
					for (int i = 0; i < dz[l].length; i++) {
						below[j] += dz[l][i] * weight(l, i, j);
					}
				}
				dx = below;
			}
		}
		return dz;
	}

	/** dL/dw per layer, unit and input. */
	double[][][] weightGradients(double target) {
		return weightGradients(new double[] { target });
	}

	/** dL/dw per layer, unit and input, L = sum_k (y_k - target_k)^2. */
	double[][][] weightGradients(double[] targets) {
		double[][] dz = biasGradients(targets);
		double[][][] dw = new double[dz.length][][];
		for (int l = 0; l < dz.length; l++) {
			double[] sources = l == 0 ? input : activations[l - 1];
			dw[l] = new double[dz[l].length][sources.length];
			for (int i = 0; i < dz[l].length; i++) {
				for (int j = 0; j < sources.length; j++) {
					dw[l][i][j] = dz[l][i] * sources[j];
				}
			}
		}
		return dw;
	}
}
