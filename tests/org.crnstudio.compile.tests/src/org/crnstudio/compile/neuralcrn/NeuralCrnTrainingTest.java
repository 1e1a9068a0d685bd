package org.crnstudio.compile.neuralcrn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.compile.PhasedEuler;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;

/**
 * The compiled LinReg circuit learns when run in its two clock phases (Euler integration in the test, the
 * protocol of docs/neural_crn.md: each iteration sets the input and target ports, starts z at its initial value,
 * runs C1 for T then C2 for T). The rows of examples/neural-crn-linreg.crn lie on y = x1 + 2 x2 and the circuit
 * outputs T (theta . x), so theta goes to (2, 4); plain SGD on the same rows (computed alongside) agrees.
 */
class NeuralCrnTrainingTest {

	private static final double[][] ROWS = { { 1.0, 2.0, 5.0 }, { 2.0, 1.0, 4.0 }, { 3.0, 3.0, 9.0 }, { 1.5, 4.0, 9.5 },
			{ 4.5, 2.5, 9.5 }, { 2.5, 1.5, 5.5 } };

	@Test
	void linRegLearnsThePlane() {
		double t = 0.5;
		ReactionNetwork network = NeuralCrnCompilerTest.compile(OdeModels.linReg(), NeuralCrnCompilerTest.option("T", t, "0.5"),
				NeuralCrnCompilerTest.option("eta", 0.1, "0.1"), NeuralCrnCompilerTest.option("flush", 1, "true"));
		PhasedEuler run = new PhasedEuler(network);
		double[] sgd = { 0.5, 0.5 };
		double firstEpochError = 0;
		double lastEpochError = 0;
		for (int epoch = 0; epoch < 20; epoch++) {
			double error = 0;
			for (double[] row : ROWS) {
				run.set("X1", row[0]);
				run.set("X2", row[1]);
				run.set("Y", row[2]);
				run.set("Z1", 0);
				run.set("Z2", 0);
				run.run("C1", t, 2e-4);
				double yhat = run.get("Z1") + run.get("Z2");
				error += (yhat - row[2]) * (yhat - row[2]) / ROWS.length;
				run.run("C2", t, 2e-4);
				double a = t * (sgd[0] * row[0] + sgd[1] * row[1]) - row[2];
				sgd[0] -= 0.1 * t * a * row[0];
				sgd[1] -= 0.1 * t * a * row[1];
			}
			if (epoch == 0) {
				firstEpochError = error;
			}
			lastEpochError = error;
		}
		// the last update happens in the next C1
		run.run("C1", t, 2e-4);
		assertTrue(lastEpochError < 0.01 * firstEpochError, lastEpochError + " vs " + firstEpochError);
		assertEquals(2, run.get("Theta1"), 0.1);
		assertEquals(4, run.get("Theta2"), 0.1);
		assertEquals(sgd[0], run.get("Theta1"), 0.05);
		assertEquals(sgd[1], run.get("Theta2"), 0.05);
	}
}
