package org.crnstudio.train.insilico;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.CrnFactory;
import org.junit.jupiter.api.Test;

/** The fixed-point gradient equals central finite differences of the quadratic cost (an independent computation). */
class GradientCheckTest {

	@Test
	void smoothReluGradientMatchesFiniteDifferences() {
		check(List.of(activation(ActivationKind.SMOOTH_RELU, 1, 2), activation(ActivationKind.SMOOTH_RELU, 1, 2)));
	}

	@Test
	void polyReluGradientByImplicitDifferentiationMatchesFiniteDifferences() {
		check(List.of(activation(ActivationKind.POLY_RELU, 0.5, 3), activation(ActivationKind.POLY_RELU, 2, 4)));
	}

	private static void check(List<Activation> activations) {
		Random random = new Random(11);
		NetworkParameters p = new NetworkParameters(List.of(randomMatrix(4, 3, random), randomMatrix(2, 4, random)),
				List.of(randomVector(4, random), randomVector(2, random)));
		double[] input = { 0.3, 1.7, 0.9 };
		double[] target = { 2, 1 };
		FixedPointBackprop passes = new FixedPointBackprop(activations);
		NetworkParameters gradient = p.zeros();
		passes.accumulate(p, input, target, 1, gradient);
		double step = 1e-6;
		for (int l = 0; l < 2; l++) {
			double[][] w = p.weights().get(l);
			for (int unit = 0; unit < w.length; unit++) {
				for (int source = 0; source < w[unit].length; source++) {
					double saved = w[unit][source];
					w[unit][source] = saved + step;
					double up = cost(passes, p, input, target);
					w[unit][source] = saved - step;
					double down = cost(passes, p, input, target);
					w[unit][source] = saved;
					assertEquals((up - down) / (2 * step), gradient.weights().get(l)[unit][source], 1e-6,
							"dC/dw layer " + l + " [" + unit + "][" + source + "]");
				}
				double[] b = p.biases().get(l);
				double saved = b[unit];
				b[unit] = saved + step;
				double up = cost(passes, p, input, target);
				b[unit] = saved - step;
				double down = cost(passes, p, input, target);
				b[unit] = saved;
				assertEquals((up - down) / (2 * step), gradient.biases().get(l)[unit], 1e-6, "dC/db layer " + l + " [" + unit + "]");
			}
		}
	}

	/** C = 1/2 ||a - y||^2 for one sample. */
	private static double cost(FixedPointBackprop passes, NetworkParameters p, double[] input, double[] target) {
		double[] a = passes.outputs(p, input);
		double sum = 0;
		for (int k = 0; k < a.length; k++) {
			sum += (a[k] - target[k]) * (a[k] - target[k]);
		}
		return sum / 2;
	}

	private static Activation activation(ActivationKind kind, double h, double q) {
		Activation activation = CrnFactory.eINSTANCE.createActivation();
		activation.setKind(kind);
		activation.setH(h);
		activation.setQ(q);
		return activation;
	}

	private static double[][] randomMatrix(int rows, int columns, Random random) {
		double[][] m = new double[rows][];
		for (int r = 0; r < rows; r++) {
			m[r] = randomVector(columns, random);
		}
		return m;
	}

	private static double[] randomVector(int size, Random random) {
		double[] v = new double[size];
		for (int i = 0; i < size; i++) {
			v[i] = 2 * random.nextDouble() - 1;
		}
		return v;
	}
}
