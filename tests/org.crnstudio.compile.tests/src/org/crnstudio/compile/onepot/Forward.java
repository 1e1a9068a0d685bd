package org.crnstudio.compile.onepot;

import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;

/**
 * Test oracle, written independently of the compiler: the forward pass of a smooth-ReLU network
 * phi_h(z) = (z + sqrt(z^2 + 4h)) / 2 (or sigmoid, or tanh) with given weights, and back-propagation of L = |y - target|^2.
 */
final class Forward {

	private final NeuralNetwork network;
	private final double[][] activations;
	private final double[][] preActivations;
	private final double[] input;

	private Forward(NeuralNetwork network, double[] input) {
		this.network = network;
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
				default -> (z + Math.sqrt(z * z + 4 * h)) / 2;
				};
			}
			previous = activations[l];
		}
	}

	static Forward of(NeuralNetwork network, double[] input) {
		return new Forward(network, input);
	}

	double activation(int layer, int unit) {
		return activations[layer][unit];
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
