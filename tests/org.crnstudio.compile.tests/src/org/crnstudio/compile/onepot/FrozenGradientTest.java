package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's one-pot figure: with the weights frozen (the update reactions removed, so weights and biases are pure
 * catalysts) the pot's steady state, found by the ODE simulator, holds dL/dw and dL/db of L = |y - yhat|^2 as
 * the test's own back-propagation ({@link Forward}) computes them, to 1e-6, on a 1-2-1 network and on a random
 * 2-3-2 network, each for several random inputs and targets.
 */
class FrozenGradientTest {

	private static final double TOLERANCE = 1e-6;
	private static final double SETTLING_TIME = 400;

	/** Compiles, removes the update stage, sets inputs and targets, runs to SETTLING_TIME. */
	private static SimulationResult settle(NeuralNetwork source, double[] inputs, double[] targets, String... targetPorts) {
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		network.getReactions().removeIf(reaction -> "update".equals(reaction.getProvenance().getStage()));
		for (int j = 0; j < inputs.length; j++) {
			initial(network, "X" + (j + 1), inputs[j]);
		}
		for (int k = 0; k < targets.length; k++) {
			initial(network, "T_" + targetPorts[k], targets[k]);
		}
		SimulationPlan plan = SimulationPlan.forNetwork(network, SETTLING_TIME).withStiff(true).withTolerances(1e-10, 1e-12);
		return new OdeSimulator().run(plan);
	}

	private static void initial(ReactionNetwork network, String name, double value) {
		Species species = network.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
		species.setInitial(value);
	}

	private static double difference(SimulationResult result, String pair) {
		return result.finalValue(pair + "_p") - result.finalValue(pair + "_n");
	}

	/** Every weight and bias gradient of every layer equals the oracle's. Returns the largest |gradient|. */
	private static double assertGradients(NeuralNetwork source, SimulationResult result, double[] inputs, double[] targets) {
		Forward pass = Forward.of(source, inputs);
		double[][][] dw = pass.weightGradients(targets);
		double[][] db = pass.biasGradients(targets);
		double largest = 0;
		for (int l = 0; l < dw.length; l++) {
			String layer = source.getLayers().get(l).getName();
			for (int i = 0; i < dw[l].length; i++) {
				for (int j = 0; j < dw[l][i].length; j++) {
					String lw = "LW_" + layer + "_" + (i + 1) + "_" + (j + 1);
					assertEquals(dw[l][i][j], difference(result, lw), TOLERANCE, lw);
					largest = Math.max(largest, Math.abs(dw[l][i][j]));
				}
				String lz = "LZ_" + layer + "_" + (i + 1);
				assertEquals(db[l][i], difference(result, lz), TOLERANCE, lz);
				assertEquals(pass.activation(l, i), result.finalValue(layer + "_" + (i + 1)), TOLERANCE, layer + "_" + (i + 1));
			}
		}
		return largest;
	}

	@Test
	void oneTwoOneNetworkSettlesAtBackPropagation() {
		NeuralNetwork source = NeuralNetworks.nn("Net121").input("x1").layer("h", 2, 1.0)
				.weights(new double[] { 0.9 }, new double[] { -1.3 }).bias(0.2, 0.5).layer("y", 1, 0.5)
				.weights(new double[] { 1.1, -0.7 }).bias(-0.1).build();
		Random random = new Random(121);
		for (int sample = 0; sample < 4; sample++) {
			double[] inputs = { 2 * random.nextDouble() };
			double[] targets = { 2 * random.nextDouble() };
			SimulationResult result = settle(source, inputs, targets, "y");
			double largest = assertGradients(source, result, inputs, targets);
			assertTrue(largest > 1e-2, "sample " + sample + " has a non-trivial gradient");
		}
	}

	@Test
	void randomTwoThreeTwoNetworkSettlesAtBackPropagation() {
		Random random = new Random(232);
		NeuralNetwork source = NeuralNetworks.nn("Net232").input("x1", "x2").layer("h", 3, 1.0)
				.weights(row(random, 2), row(random, 2), row(random, 2)).bias(row(random, 3)).layer("out", 2, 1.0)
				.weights(row(random, 3), row(random, 3)).bias(row(random, 2)).build();
		for (int sample = 0; sample < 4; sample++) {
			double[] inputs = { 2 * random.nextDouble(), 2 * random.nextDouble() };
			double[] targets = { 2 * random.nextDouble(), 2 * random.nextDouble() };
			SimulationResult result = settle(source, inputs, targets, "out1", "out2");
			double largest = assertGradients(source, result, inputs, targets);
			assertTrue(largest > 1e-2, "sample " + sample + " has a non-trivial gradient");
		}
	}

	/** Weights and biases uniform in [-1.5, 1.5]. */
	private static double[] row(Random random, int length) {
		double[] row = new double[length];
		for (int i = 0; i < length; i++) {
			row[i] = 3 * random.nextDouble() - 1.5;
		}
		return row;
	}
}
