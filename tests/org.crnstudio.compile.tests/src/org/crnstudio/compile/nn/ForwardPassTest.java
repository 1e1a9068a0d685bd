package org.crnstudio.compile.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.NeuralNetwork;
import org.junit.jupiter.api.Test;

class ForwardPassTest {

	@Test
	void reluNetworkMatchesHandComputedValues() {
		NeuralNetwork net = Models.nn("Hand").input("a", "b")
				.layer("h", Models.activation(ActivationKind.RELU), new double[][] { { 1, 2 }, { -1, 1 } }, new double[] { 0.5, -1 })
				.layer("y", Models.activation(ActivationKind.LINEAR), new double[][] { { 2, -3 } }, new double[] { 1 }).build();
		ForwardPass pass = ForwardPass.of(net);
		// z_h = (1 + 4 + 0.5, -1 + 2 - 1) = (5.5, 0); y = 2 * 5.5 - 3 * 0 + 1
		assertArrayEquals(new double[] { 12 }, pass.outputs(1, 2), 1e-15);
		assertArrayEquals(new double[] { 5.5, 0 }, pass.activations(1, 2).get(0), 1e-15);
		// z_h = (-1 + 2 + 0.5, 1 + 1 - 1) = (1.5, 1); y = 3 - 3 + 1
		assertArrayEquals(new double[] { 1 }, pass.outputs(-1, 1), 1e-15);
		// relu cuts a negative pre-activation: z_h = (-3 + 0.5, 3 - 1) = (-2.5, 2); y = -6 + 1
		assertArrayEquals(new double[] { -2.5, 2 }, pass.preActivations(-3, 0).get(0), 1e-15);
		assertArrayEquals(new double[] { -5 }, pass.outputs(-3, 0), 1e-15);
	}

	@Test
	void smoothReluIsThePositiveRootOfTheQuadratic() {
		assertEquals(1.0, ActivationFunction.value(Models.smoothRelu(1), 0), 1e-15);
		assertEquals(4.0, ActivationFunction.value(Models.smoothRelu(4), 3), 1e-15);
		assertEquals(2.0, ActivationFunction.value(Models.smoothRelu(4), 0), 1e-15);
		assertEquals((Math.sqrt(13) - 3) / 2, ActivationFunction.value(Models.smoothRelu(1), -3), 1e-15);
		// No cancellation for very negative z: x ~ h / |z|, and h + z x - x^2 = 0 holds relatively.
		double x = ActivationFunction.value(Models.smoothRelu(1), -1e8);
		assertEquals(1e-8, x, 1e-20);
		assertEquals(0, (1 + -1e8 * x - x * x), 1e-12);
		// h = 0 is the ReLU.
		assertEquals(0.0, ActivationFunction.value(Models.smoothRelu(0), -2), 0);
		assertEquals(2.5, ActivationFunction.value(Models.smoothRelu(0), 2.5), 0);
	}

	@Test
	void polyReluSolvesItsPolynomialAndAgreesWithSmoothReluAtQ2() {
		for (double q : new double[] { 2, 3, 4, 7 }) {
			for (double h : new double[] { 0.01, 1, 5 }) {
				for (double z = -20; z <= 20; z += 0.7) {
					double x = ActivationFunction.value(Models.polyRelu(h, q), z);
					assertTrue(x > 0, "positive root for q=" + q + " h=" + h + " z=" + z);
					double residual = h + z * x - (q - 1) * Math.pow(x, q);
					double scale = h + Math.abs(z * x) + (q - 1) * Math.pow(x, q);
					assertEquals(0, residual / scale, 1e-13, "q=" + q + " h=" + h + " z=" + z);
					if (q == 2) {
						assertEquals(ActivationFunction.value(Models.smoothRelu(h), z), x, 1e-12 * Math.max(1, x));
					}
				}
			}
		}
		// h = 0, q = 3: x (z - 2 x^2) = 0, so x = sqrt(z / 2) for z > 0 and 0 otherwise.
		assertEquals(2.0, ActivationFunction.value(Models.polyRelu(0, 3), 8), 1e-15);
		assertEquals(0.0, ActivationFunction.value(Models.polyRelu(0, 3), -8), 0);
	}

	@Test
	void derivativesMatchFiniteDifferences() {
		Activation[] activations = { Models.smoothRelu(1), Models.smoothRelu(0.25), Models.polyRelu(1, 3), Models.polyRelu(2, 4),
				Models.activation(ActivationKind.SIGMOID), Models.activation(ActivationKind.TANH) };
		for (Activation activation : activations) {
			for (double z = -4; z <= 4; z += 0.37) {
				double step = 1e-6;
				double numeric = (ActivationFunction.value(activation, z + step) - ActivationFunction.value(activation, z - step)) / (2 * step);
				assertEquals(numeric, ActivationFunction.derivative(activation, z), 1e-7, activation.getKind() + " at " + z);
			}
		}
		// phi'(z) = x^2 / (x^2 + h): at z = 0, h = 1, x = 1 -> 1/2
		assertEquals(0.5, ActivationFunction.derivative(Models.smoothRelu(1), 0), 1e-15);
	}

	@Test
	void otherActivationsTakeTheirTextbookValues() {
		assertEquals(0.5, ActivationFunction.value(Models.activation(ActivationKind.SIGMOID), 0), 0);
		assertEquals(1 / (1 + Math.exp(-2)), ActivationFunction.value(Models.activation(ActivationKind.SIGMOID), 2), 1e-15);
		assertEquals(Math.tanh(0.3), ActivationFunction.value(Models.activation(ActivationKind.TANH), 0.3), 0);
		Activation leaky = Models.activation(ActivationKind.LEAKY_RELU);
		leaky.setSlope(0.1);
		assertEquals(-0.2, ActivationFunction.value(leaky, -2), 1e-15);
		assertEquals(3, ActivationFunction.value(leaky, 3), 0);
	}

	@Test
	void aLayerWithoutWeightsOrOfTheWrongShapeIsNamed() {
		NeuralNetwork untrained = Models.nn("XorNet").input("x1", "x2").layer("h", ActivationKind.RELU, null).build();
		CompilationException missing = assertThrows(CompilationException.class, () -> ForwardPass.of(untrained));
		assertEquals("layer h of XorNet has no weights (give weights, or train it first)", missing.getMessage());
		assertEquals(10, missing.getLine());

		NeuralNetwork misshapen = Models.nn("Bad").input("x1", "x2").layer("h", ActivationKind.RELU, new double[][] { { 1, 2, 3 } }).build();
		CompilationException shape = assertThrows(CompilationException.class, () -> ForwardPass.of(misshapen));
		assertTrue(shape.getMessage().contains("layer h of Bad has 3 weights in row 1; it needs 2"), shape.getMessage());

		NeuralNetwork badBias = Models.nn("Bias").input("x1")
				.layer("h", Models.activation(ActivationKind.RELU), new double[][] { { 1 }, { 2 } }, new double[] { 1 }).build();
		CompilationException bias = assertThrows(CompilationException.class, () -> ForwardPass.of(badBias));
		assertTrue(bias.getMessage().contains("has 1 biases; it needs 2"), bias.getMessage());
	}
}
