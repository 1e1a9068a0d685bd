package org.crnstudio.train.insilico;

import java.util.List;

import org.crnstudio.compile.nn.ActivationFunction;
import org.crnstudio.model.Activation;

/**
 * Forward and backward pass of a network whose every node value is the fixed point of its CRN (seed 000): the
 * activation is the positive root phi(z) and its derivative is taken at that root, analytically for q = 2
 * ({@code x^2 / (x^2 + h)}) and by implicit differentiation for q >= 3 ({@code -phi / (z - q (q-1) phi^(q-1))});
 * both come from {@link ActivationFunction}. Cost: quadratic, {@code C = (1/2B) sum_n ||a_n - y_n||^2}.
 */
final class FixedPointBackprop {

	private final List<Activation> activations;

	FixedPointBackprop(List<Activation> activations) {
		this.activations = activations;
	}

	/** The output layer's values. */
	double[] outputs(NetworkParameters p, double[] input) {
		double[] a = input;
		for (int l = 0; l < p.layers(); l++) {
			a = layer(p, l, a, null);
		}
		return a;
	}

	/** Adds the batch-mean gradient of the quadratic cost at one sample to {@code gradient}, scaled by 1/batch. */
	void accumulate(NetworkParameters p, double[] input, double[] target, double scale, NetworkParameters gradient) {
		int layers = p.layers();
		double[][] a = new double[layers + 1][];
		double[][] z = new double[layers][];
		a[0] = input;
		for (int l = 0; l < layers; l++) {
			z[l] = new double[p.biases().get(l).length];
			a[l + 1] = layer(p, l, a[l], z[l]);
		}
		double[] delta = new double[a[layers].length];
		for (int k = 0; k < delta.length; k++) {
			delta[k] = (a[layers][k] - target[k]) * ActivationFunction.derivative(activations.get(layers - 1), z[layers - 1][k]);
		}
		for (int l = layers - 1; l >= 0; l--) {
			double[][] w = p.weights().get(l);
			double[][] gw = gradient.weights().get(l);
			double[] gb = gradient.biases().get(l);
			for (int unit = 0; unit < delta.length; unit++) {
				double d = scale * delta[unit];
				gb[unit] += d;
				double[] row = gw[unit];
				double[] previous = a[l];
				for (int source = 0; source < previous.length; source++) {
					row[source] += d * previous[source];
				}
			}
			if (l > 0) {
				double[] next = new double[a[l].length];
				for (int unit = 0; unit < delta.length; unit++) {
					for (int source = 0; source < next.length; source++) {
						next[source] += w[unit][source] * delta[unit];
					}
				}
				for (int source = 0; source < next.length; source++) {
					next[source] *= ActivationFunction.derivative(activations.get(l - 1), z[l - 1][source]);
				}
				delta = next;
			}
		}
	}

	private double[] layer(NetworkParameters p, int l, double[] previous, double[] keepZ) {
		double[][] w = p.weights().get(l);
		double[] b = p.biases().get(l);
		double[] out = new double[b.length];
		for (int unit = 0; unit < b.length; unit++) {
			double sum = b[unit];
			double[] row = w[unit];
			for (int source = 0; source < previous.length; source++) {
				sum += row[source] * previous[source];
			}
			if (keepZ != null) {
				keepZ[unit] = sum;
			}
			out[unit] = ActivationFunction.value(activations.get(l), sum);
		}
		return out;
	}
}
