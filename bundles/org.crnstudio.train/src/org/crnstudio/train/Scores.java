package org.crnstudio.train;

/**
 * The two measures of a model's outputs against targets. Error: {@code (1/N) sum_n ||y_n - yhat_n||^2}. Accuracy:
 * the fraction of samples whose output argmax is the target's argmax; with one output, |y - yhat| <= 1/2 (seed
 * 002's rule for XOR).
 */
public final class Scores {

	private Scores() {
	}

	public static double error(double[][] outputs, double[][] targets) {
		if (outputs.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int n = 0; n < outputs.length; n++) {
			for (int k = 0; k < outputs[n].length; k++) {
				double d = outputs[n][k] - targets[n][k];
				sum += d * d;
			}
		}
		return sum / outputs.length;
	}

	public static double accuracy(double[][] outputs, double[][] targets) {
		if (outputs.length == 0) {
			return Double.NaN;
		}
		int correct = 0;
		for (int n = 0; n < outputs.length; n++) {
			if (correct(outputs[n], targets[n])) {
				correct++;
			}
		}
		return (double) correct / outputs.length;
	}

	public static boolean correct(double[] output, double[] target) {
		if (output.length == 1) {
			return Math.abs(output[0] - target[0]) <= 0.5;
		}
		return argmax(output) == argmax(target);
	}

	/** Index of the largest value (the first on ties). */
	public static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}
}
