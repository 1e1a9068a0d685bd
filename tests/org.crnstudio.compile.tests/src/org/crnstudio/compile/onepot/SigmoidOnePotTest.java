package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.crnstudio.compile.PhasedEuler;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * one_pot with sigmoid layers (seed 002 appendix C): the clocked forward module gives sigmoid(z) after its layer's
 * window, the derivative module settles at x - x^2, and the gradients are back-propagation through sigmoid. Runs
 * the documented protocol with {@link PhasedEuler}: settle, F_<layer 1>, settle, F_<layer 2>, ..., settle.
 */
class SigmoidOnePotTest {

	private static final double[] INPUT = { 0.8, 1.2 };
	private static final double TARGET = 0.3;
	/** Euler step in the clocked windows: global error O(dt), well under the 1e-4 asked of the forward values. */
	private static final double WINDOW_STEP = 1e-5;
	private static final double SETTLE_STEP = 1e-3;
	private static final double SETTLE_TIME = 40;

	private static NeuralNetwork net(ActivationKind output) {
		return NeuralNetworks.nn("SigNet").input("x1", "x2").layer("h", 2, ActivationKind.SIGMOID, 0)
				.weights(new double[] { 1.5, -2.0 }, new double[] { -0.7, 0.9 }).bias(0.4, -0.3)
				.layer("y", 1, output, 1.0).weights(new double[] { 2.5, -1.5 }).bias(0.1).build();
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	/** The weights frozen (update reactions removed), inputs and target set. */
	private static PhasedEuler frozen(ReactionNetwork network) {
		network.getReactions().removeIf(reaction -> "update".equals(reaction.getProvenance().getStage()));
		PhasedEuler euler = new PhasedEuler(network);
		euler.set("X1", INPUT[0]);
		euler.set("X2", INPUT[1]);
		euler.set("T_y", TARGET);
		return euler;
	}

	private static double z(PhasedEuler euler, String unit) {
		return euler.get("Z_" + unit + "_p") - euler.get("Z_" + unit + "_n");
	}

	@Test
	void aSigmoidUnitIsTheClockedLogisticModule() {
		NeuralNetwork source = NeuralNetworks.nn("One").input("x1").layer("y", 1, ActivationKind.SIGMOID, 0)
				.weights(new double[] { 2 }).bias(-1).build();
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		assertEquals(ReactionText.canonical("B_y_1_p -> B_y_1_p + Z_y_1_p", "B_y_1_n -> B_y_1_n + Z_y_1_n",
				"X1 + W_y_1_1_p -> X1 + W_y_1_1_p + Z_y_1_p", "X1 + W_y_1_1_n -> X1 + W_y_1_1_n + Z_y_1_n", "Z_y_1_p -> 0",
				"Z_y_1_n -> 0", "Z_y_1_p + y_1 -> Z_y_1_p + 2 y_1", "Z_y_1_p + 2 y_1 -> Z_y_1_p + y_1", "Z_y_1_n + y_1 -> Z_y_1_n",
				"Z_y_1_n + 2 y_1 -> Z_y_1_n + 3 y_1"), ReactionText.where(network, r -> "forward".equals(r.getProvenance().getStage()), Map.of()));
		assertEquals(ReactionText.canonical("y_1 -> y_1 + D_y_1_p", "2 y_1 -> 2 y_1 + D_y_1_n", "D_y_1_p -> 0", "D_y_1_n -> 0"),
				ReactionText.where(network, r -> "derivative".equals(r.getProvenance().getStage()), Map.of()));
		List<Reaction> clocked = network.getReactions().stream().filter(r -> r.getPhase() != null).toList();
		assertEquals(4, clocked.size(), "only the logistic growth is clocked");
		clocked.forEach(r -> assertEquals("F_y", r.getPhase()));
		assertEquals(List.of("F_y"), OnePotCompiler.clockPhases(network));
		assertEquals(0.5, network.getSpecies().stream().filter(s -> s.getName().equals("y_1")).findFirst().orElseThrow()
				.getInitial(), "a sigmoid node starts at sigmoid(0)");
		assertTrue(network.getSpecies().stream().noneMatch(s -> s.getName().equals("H")), "no smoothing species");
	}

	/**
	 * Each window turns the held pre-activation into sigmoid(z) to 1e-4; outside its window a node does not move;
	 * at the end the derivative rails hold x - x^2 and the gradients are back-propagation through the sigmoid.
	 */
	@ParameterizedTest
	@EnumSource(value = ActivationKind.class, names = { "SIGMOID", "SMOOTH_RELU" })
	void windowsComputeSigmoidAndTheGradientsFollow(ActivationKind output) {
		NeuralNetwork source = net(output);
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		List<String> phases = OnePotCompiler.clockPhases(network);
		assertEquals(output == ActivationKind.SIGMOID ? List.of("F_h", "F_y") : List.of("F_h"), phases);
		PhasedEuler euler = frozen(network);
		Forward pass = Forward.of(source, INPUT);

		euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		assertEquals(0.5, euler.get("h_1"), 1e-15, "closed window: h stays at its start");
		double z1 = 1.5 * 0.8 - 2.0 * 1.2 + 0.4;
		assertEquals(z1, z(euler, "h_1"), 1e-9, "pre-activation settled before the window");
		euler.run("F_h", 1, WINDOW_STEP);
		assertEquals(sigmoid(z1), euler.get("h_1"), 1e-4);
		assertEquals(pass.activation(0, 1), euler.get("h_2"), 1e-4);

		euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		double heldH1 = euler.get("h_1");
		if (output == ActivationKind.SIGMOID) {
			euler.run("F_y", 1, WINDOW_STEP);
			assertEquals(heldH1, euler.get("h_1"), 1e-15, "h is held outside its window");
			euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		}
		assertEquals(pass.activation(1, 0), euler.get("y_1"), 1e-4);

		for (int i = 1; i <= 2; i++) {
			double x = euler.get("h_" + i);
			assertEquals(x - x * x, euler.get("D_h_" + i + "_p") - euler.get("D_h_" + i + "_n"), 1e-9, "sigmoid' of h_" + i);
		}
		double[][][] dw = pass.weightGradients(TARGET);
		double[][] db = pass.biasGradients(TARGET);
		for (int l = 0; l < 2; l++) {
			String layer = l == 0 ? "h" : "y";
			for (int i = 0; i < dw[l].length; i++) {
				for (int j = 0; j < dw[l][i].length; j++) {
					String lw = "LW_" + layer + "_" + (i + 1) + "_" + (j + 1);
					assertEquals(dw[l][i][j], euler.get(lw + "_p") - euler.get(lw + "_n"), 1e-3, lw);
				}
				String lz = "LZ_" + layer + "_" + (i + 1);
				assertEquals(db[l][i], euler.get(lz + "_p") - euler.get(lz + "_n"), 1e-3, lz);
			}
		}
		assertTrue(Math.abs(dw[0][0][0]) > 1e-2, "a non-trivial gradient through the sigmoid layer");
	}
}
