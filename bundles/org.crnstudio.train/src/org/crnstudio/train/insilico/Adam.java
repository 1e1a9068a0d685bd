package org.crnstudio.train.insilico;

/**
 * Adam (Kingma and Ba) on every weight and bias: beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, bias-corrected moments.
 */
final class Adam {

	private static final double BETA1 = 0.9;
	private static final double BETA2 = 0.999;
	private static final double EPSILON = 1e-8;

	private final NetworkParameters first;
	private final NetworkParameters second;
	private long step;

	Adam(NetworkParameters shape) {
		this.first = shape.zeros();
		this.second = shape.zeros();
	}

	/** One step of size eta (the caller may decay it between steps). */
	void update(NetworkParameters p, NetworkParameters g, double eta) {
		step++;
		double correction1 = 1 - Math.pow(BETA1, step);
		double correction2 = 1 - Math.pow(BETA2, step);
		for (int l = 0; l < p.layers(); l++) {
			double[][] w = p.weights().get(l);
			for (int unit = 0; unit < w.length; unit++) {
				update(w[unit], g.weights().get(l)[unit], first.weights().get(l)[unit], second.weights().get(l)[unit],
						eta, correction1, correction2);
			}
			update(p.biases().get(l), g.biases().get(l), first.biases().get(l), second.biases().get(l), eta, correction1,
					correction2);
		}
	}

	private void update(double[] p, double[] g, double[] m, double[] v, double eta, double correction1, double correction2) {
		for (int i = 0; i < p.length; i++) {
			m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
			v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
			p[i] -= eta * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + EPSILON);
		}
	}
}
