package org.crnstudio.train.insilico;

import java.util.Random;

/**
 * The binary-weight ReLU network of seed 004: hidden layers ReLU, output linear, weights sign(w) in {+1, -1}
 * (0 becomes +1, as rate_independent's binarize), biases real. The backward pass is BinaryConnect's: gradients
 * with respect to the binarized weights are applied to the real ones. Loss: square hinge,
 * {@code L = (1/B) sum_n sum_k max(0, 1 - t_k y_k)^2} with t = +1 at the target class and -1 elsewhere.
 * Dropout: each hidden unit is dropped with probability p while training and the kept ones scaled by 1/(1-p)
 * (inverted dropout), so the trained network is used as it is.
 */
final class BinaryWeightNetwork {

	private BinaryWeightNetwork() {
	}

	static double sign(double w) {
		return w >= 0 ? 1 : -1;
	}

	/** Outputs with binarized weights, no dropout. */
	static double[] outputs(NetworkParameters p, double[] input) {
		double[] a = input;
		for (int l = 0; l < p.layers(); l++) {
			a = layer(p, l, a, l < p.layers() - 1, null);
		}
		return a;
	}

	/** Adds the gradient of one sample's square hinge loss, times scale, to gradient (dropout drawn from random). */
	static void accumulate(NetworkParameters p, double[] input, int targetClass, double dropout, Random random,
			double scale, NetworkParameters gradient) {
		int layers = p.layers();
		double[][] a = new double[layers + 1][];
		double[][] z = new double[layers][];
		double[][] mask = new double[layers][];
		a[0] = input;
		for (int l = 0; l < layers; l++) {
			z[l] = new double[p.biases().get(l).length];
			boolean hidden = l < layers - 1;
			a[l + 1] = layer(p, l, a[l], hidden, z[l]);
			if (hidden && dropout > 0) {
				mask[l] = new double[a[l + 1].length];
				for (int unit = 0; unit < mask[l].length; unit++) {
					mask[l][unit] = random.nextDouble() < dropout ? 0 : 1 / (1 - dropout);
					a[l + 1][unit] *= mask[l][unit];
				}
			}
		}
		double[] y = a[layers];
		double[] delta = new double[y.length];
		for (int k = 0; k < y.length; k++) {
			double t = k == targetClass ? 1 : -1;
			double margin = Math.max(0, 1 - t * y[k]);
			delta[k] = -2 * t * margin;
		}
		for (int l = layers - 1; l >= 0; l--) {
			double[][] w = p.weights().get(l);
			double[] previous = a[l];
			for (int unit = 0; unit < delta.length; unit++) {
				double d = scale * delta[unit];
				gradient.biases().get(l)[unit] += d;
				double[] row = gradient.weights().get(l)[unit];
				for (int source = 0; source < previous.length; source++) {
					row[source] += d * previous[source];
				}
			}
			if (l > 0) {
				double[] next = new double[previous.length];
				for (int unit = 0; unit < delta.length; unit++) {
					for (int source = 0; source < next.length; source++) {
						next[source] += sign(w[unit][source]) * delta[unit];
					}
				}
				for (int source = 0; source < next.length; source++) {
					double relu = z[l - 1][source] > 0 ? 1 : 0;
					double kept = mask[l - 1] == null ? 1 : mask[l - 1][source];
					next[source] *= relu * kept;
				}
				delta = next;
			}
		}
	}

	/** Keeps every real weight in [-1, 1] (BinaryConnect's clipping: beyond it the sign no longer moves). */
	static void clip(NetworkParameters p) {
		for (double[][] w : p.weights()) {
			for (double[] row : w) {
				for (int i = 0; i < row.length; i++) {
					row[i] = Math.max(-1, Math.min(1, row[i]));
				}
			}
		}
	}

	/** The binarized copy: weights +1/-1, biases as they are. */
	static NetworkParameters binarized(NetworkParameters p) {
		NetworkParameters copy = p.copy();
		for (double[][] w : copy.weights()) {
			for (double[] row : w) {
				for (int i = 0; i < row.length; i++) {
					row[i] = sign(row[i]);
				}
			}
		}
		return copy;
	}

	private static double[] layer(NetworkParameters p, int l, double[] previous, boolean relu, double[] keepZ) {
		double[][] w = p.weights().get(l);
		double[] b = p.biases().get(l);
		double[] out = new double[b.length];
		for (int unit = 0; unit < b.length; unit++) {
			double sum = b[unit];
			double[] row = w[unit];
			for (int source = 0; source < previous.length; source++) {
				sum += sign(row[source]) * previous[source];
			}
			if (keepZ != null) {
				keepZ[unit] = sum;
			}
			out[unit] = relu ? Math.max(0, sum) : sum;
		}
		return out;
	}
}
