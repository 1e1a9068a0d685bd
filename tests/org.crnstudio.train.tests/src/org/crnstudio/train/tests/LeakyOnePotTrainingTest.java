package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingRunner;
import org.junit.jupiter.api.Test;

/**
 * one_pot with leaky ReLU layers over many samples. A leaky node's two-rail pre-activation and value carry the
 * weights' common mode w+ + w- on into the loss and the gradient rails, which the update adds back to both weight
 * rails; without rail annihilation that loop grew the rails exponentially (this 1-10-1 sine pot: w+ = 581 and
 * w- = 580 at iteration 60, the integration failed at iteration 61, t = 3000). The compiler therefore annihilates
 * the weight rails of a leaky network by default: the run must finish with finite, moderate weights.
 */
class LeakyOnePotTrainingTest {

	/** 13 points of sin on [0, 0.923 pi] (experiments/data/sine13.csv): samples whose gradients keep disagreeing. */
	private static String sine(int iterations) {
		StringBuilder rows = new StringBuilder();
		for (int k = 0; k < 13; k++) {
			double x = k * 0.241660973353061;
			rows.append(" row ").append(x).append(" -> ").append(Math.sin(x)).append('\n');
		}
		return "dataset Sine { inputs x targets y\n" + rows + "}\n"
				+ "nn N { input x\n layer hidden = dense(10, leaky_relu(slope = 0.01))\n"
				+ " layer y = dense(1, leaky_relu(slope = 0.01)) }\n"
				+ "training T { of N on Sine method one_pot(eta = 0.001, period = 50, report_every = 50) iterations "
				+ iterations + " seed 1 }\n";
	}

	@Test
	void leakySinePotRunsPastTheIterationWhereItsRailsBlewUp() {
		TrainingOutcome outcome = TrainingRunner.run(new CrnLoader().load(sine(100), "sine.crn"), "T", TrainingMonitor.NONE);
		assertFalse(outcome.canceled());
		LoadedFile file = new CrnLoader().load(outcome.trainedDeclarations(), "trained.crn");
		assertFalse(file.hasErrors(), file.diagnostics().toString());
		NeuralNetwork trained = file.find(NeuralNetwork.class, "NTrained").orElseThrow();
		// The initial weights are below 1 in size and eta * period * 100 samples moves them by a few units at most.
		for (Layer layer : trained.getLayers()) {
			for (MatrixRow row : layer.getWeights().getRows()) {
				for (double w : row.getValues()) {
					assertTrue(Double.isFinite(w) && Math.abs(w) < 10, "weight " + w + " of layer " + layer.getName());
				}
			}
		}
	}
}
