package org.crnstudio.train.insilico;

/** Parameter updates shared by the in-silico methods. */
final class Updates {

	private Updates() {
	}

	/** Plain gradient descent: p <- p - eta g. */
	static void descend(NetworkParameters p, NetworkParameters g, double eta) {
		for (int l = 0; l < p.layers(); l++) {
			double[][] w = p.weights().get(l);
			double[][] gw = g.weights().get(l);
			for (int unit = 0; unit < w.length; unit++) {
				for (int source = 0; source < w[unit].length; source++) {
					w[unit][source] -= eta * gw[unit][source];
				}
			}
			double[] b = p.biases().get(l);
			double[] gb = g.biases().get(l);
			for (int unit = 0; unit < b.length; unit++) {
				b[unit] -= eta * gb[unit];
			}
		}
	}

	static boolean finite(NetworkParameters p) {
		for (int l = 0; l < p.layers(); l++) {
			for (double[] row : p.weights().get(l)) {
				for (double v : row) {
					if (!Double.isFinite(v)) {
						return false;
					}
				}
			}
			for (double v : p.biases().get(l)) {
				if (!Double.isFinite(v)) {
					return false;
				}
			}
		}
		return true;
	}
}
