package org.crnstudio.train.insilico;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.crnstudio.model.Layer;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NeuralNetwork;

/**
 * The learnable numbers of a dense network: per layer {@code weights[unit][source]} and {@code bias[unit]}.
 * Mutable: the in-silico methods update them in place.
 */
public record NetworkParameters(List<double[][]> weights, List<double[]> biases) {

	public int layers() {
		return weights.size();
	}

	/**
	 * The network's own weights and biases where every layer gives weights; otherwise (no layer gives any) random
	 * weights uniform in {@code [-scale, scale] / sqrt(fan-in)} and zero biases, drawn from {@code random}.
	 */
	public static NetworkParameters initial(NeuralNetwork network, Random random, double scale) {
		boolean given = network.getLayers().stream().allMatch(l -> l.getWeights() != null && !l.getWeights().getRows().isEmpty());
		List<double[][]> weights = new ArrayList<>();
		List<double[]> biases = new ArrayList<>();
		int fanIn = network.getInputs().size();
		for (Layer layer : network.getLayers()) {
			double[][] w = new double[layer.getUnits()][fanIn];
			double[] b = new double[layer.getUnits()];
			double bound = scale / Math.sqrt(fanIn);
			for (int unit = 0; unit < w.length; unit++) {
				for (int source = 0; source < fanIn; source++) {
					w[unit][source] = given ? row(layer, unit).getValues().get(source) : bound * (2 * random.nextDouble() - 1);
				}
				b[unit] = given && layer.getBias().size() == w.length ? layer.getBias().get(unit) : 0;
			}
			weights.add(w);
			biases.add(b);
			fanIn = layer.getUnits();
		}
		return new NetworkParameters(weights, biases);
	}

	private static MatrixRow row(Layer layer, int unit) {
		return layer.getWeights().getRows().get(unit);
	}

	public NetworkParameters copy() {
		List<double[][]> w = new ArrayList<>();
		List<double[]> b = new ArrayList<>();
		for (int l = 0; l < layers(); l++) {
			double[][] matrix = weights.get(l).clone();
			for (int unit = 0; unit < matrix.length; unit++) {
				matrix[unit] = matrix[unit].clone();
			}
			w.add(matrix);
			b.add(biases.get(l).clone());
		}
		return new NetworkParameters(w, b);
	}

	/** Zeros of the same shape (for gradients and optimizer moments). */
	public NetworkParameters zeros() {
		List<double[][]> w = new ArrayList<>();
		List<double[]> b = new ArrayList<>();
		for (int l = 0; l < layers(); l++) {
			w.add(new double[weights.get(l).length][weights.get(l)[0].length]);
			b.add(new double[biases.get(l).length]);
		}
		return new NetworkParameters(w, b);
	}
}
