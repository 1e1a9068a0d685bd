package org.crnstudio.compile.nn;

import org.crnstudio.model.Activation;

/** The activations of the language, their values and derivatives with respect to the pre-activation z. */
public final class ActivationFunction {

	private ActivationFunction() {
	}

	public static double value(Activation activation, double z) {
		return switch (activation.getKind()) {
		case LINEAR -> z;
		case RELU -> Math.max(z, 0);
		case SMOOTH_RELU -> PolynomialRoot.quadratic(activation.getH(), z);
		case POLY_RELU -> PolynomialRoot.of(activation.getH(), z, activation.getQ());
		case SIGMOID -> sigmoid(z);
		case TANH -> Math.tanh(z);
		case LEAKY_RELU -> z >= 0 ? z : activation.getSlope() * z;
		};
	}

	/** d value / dz at z (ReLU-like kinks take the right-hand derivative at 0). */
	public static double derivative(Activation activation, double z) {
		return switch (activation.getKind()) {
		case LINEAR -> 1;
		case RELU -> z >= 0 ? 1 : 0;
		case SMOOTH_RELU -> smoothReluDerivative(activation.getH(), z);
		case POLY_RELU -> polyReluDerivative(activation.getH(), z, activation.getQ());
		case SIGMOID -> sigmoid(z) * (1 - sigmoid(z));
		case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
		case LEAKY_RELU -> z >= 0 ? 1 : activation.getSlope();
		};
	}

	private static double sigmoid(double z) {
		return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
	}

	/** x^2 / (x^2 + h) with x = phi(z); the step function when h = 0. */
	private static double smoothReluDerivative(double h, double z) {
		if (h == 0) {
			return z >= 0 ? 1 : 0;
		}
		double x = PolynomialRoot.quadratic(h, z);
		return x * x / (x * x + h);
	}

	/** Implicit differentiation of h + z x - (q-1) x^q = 0: x / (q (q-1) x^(q-1) - z). */
	private static double polyReluDerivative(double h, double z, double q) {
		double x = PolynomialRoot.of(h, z, q);
		double denominator = q * (q - 1) * Math.pow(x, q - 1) - z;
		return denominator <= 0 ? (z >= 0 ? 1 : 0) : x / denominator;
	}
}
