package org.crnstudio.compile.rateindependent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.nn.Models;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Construction;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;
import org.junit.jupiter.api.Test;

/**
 * reduce on a deep all-positive network: X1+ becomes every M and the output, once per path to it. With width 3,
 * layer l's units are reached by 3^l paths and the output by 3^depth: exact integer stoichiometry up to the
 * model's int range, and a clear error (not a wrapped-around coefficient) beyond it.
 */
class LargeStoichiometryTest {

	private static NeuralNetwork deep(int depth) {
		Models.NnBuilder builder = Models.nn("Deep").input("x1");
		int fanIn = 1;
		for (int l = 1; l <= depth; l++) {
			builder.layer("h" + l, ActivationKind.RELU, ones(3, fanIn));
			fanIn = 3;
		}
		return builder.layer("y", ActivationKind.LINEAR, ones(1, 3)).build();
	}

	@Test
	void coefficientsCountThePathsExactly() {
		ReactionNetwork crn = Models.compile(deep(19), Construction.RATE_INDEPENDENT, Models.option("reduce", "true"));
		assertEquals(2 + 19 * 3, crn.getReactions().size());
		Reaction x1Plus = crn.getReactions().stream()
				.filter(r -> r.getReactants().size() == 1 && r.getReactants().get(0).getSpecies().getName().equals("X1_p")).findFirst()
				.orElseThrow();
		// 3 M per layer and the output rail y_1_p: nothing else (no negative weights, so no minus rails).
		assertEquals(19 * 3 + 1, x1Plus.getProducts().size());
		for (Term product : x1Plus.getProducts()) {
			String name = product.getSpecies().getName();
			if (name.equals("y_1_p")) {
				assertEquals(1_162_261_467, product.getCoefficient()); // 3^19
			} else {
				int layer = Integer.parseInt(name.substring("M_h".length(), name.lastIndexOf('_')));
				assertEquals(pow3(layer - 1), product.getCoefficient(), name);
			}
		}
	}

	@Test
	void aCoefficientBeyondTheIntRangeIsAClearError() {
		CompilationException tooLarge = assertThrows(CompilationException.class,
				() -> Models.compile(deep(20), Construction.RATE_INDEPENDENT, Models.option("reduce", "true")));
		assertTrue(tooLarge.getMessage().contains("3486784401"), tooLarge.getMessage()); // 3^20
		assertTrue(tooLarge.getMessage().contains("reduce = false"), tooLarge.getMessage());
		// Unreduced, the same network compiles: 2 reactions per input, 4 per ReLU unit (as Fig. 1: 2 * 2 + 3 * 4 = 16).
		ReactionNetwork plain = Models.compile(deep(20), Construction.RATE_INDEPENDENT, Models.option("reduce", "false"));
		assertEquals(2 + 20 * 3 * 4, plain.getReactions().size());
	}

	private static int pow3(int exponent) {
		int value = 1;
		for (int i = 0; i < exponent; i++) {
			value *= 3;
		}
		return value;
	}

	private static double[][] ones(int rows, int columns) {
		double[][] matrix = new double[rows][columns];
		for (double[] row : matrix) {
			java.util.Arrays.fill(row, 1);
		}
		return matrix;
	}
}
