package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.crnstudio.compile.PhasedEuler;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.SymbolReference;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * one_pot with sigmoid and tanh layers (seed 002 appendix C): the clocked forward module gives sigmoid(z) / tanh(z)
 * after its layer's window (to 1e-4), the derivative modules settle at x - x^2 / 1 - x^2, and the gradients are
 * back-propagation through them. Runs the documented protocol with {@link PhasedEuler}: settle, F_<layer 1>,
 * settle, F_<layer 2>, ..., settle.
 */
class ClockedLayersTest {

	private static final double[] INPUT = { 0.8, 1.2 };
	/** Euler step in the clocked windows: global error O(dt), well under the 1e-4 asked of the forward values. */
	private static final double WINDOW_STEP = 1e-5;
	private static final double SETTLE_STEP = 1e-3;
	private static final double SETTLE_TIME = 40;

	private static NeuralNetwork net(ActivationKind hidden, ActivationKind output) {
		return NeuralNetworks.nn("ClockNet").input("x1", "x2").layer("h", 2, hidden, 0)
				.weights(new double[] { 1.5, -2.0 }, new double[] { -0.7, 0.9 }).bias(0.4, -0.3)
				.layer("y", 1, output, 1.0).weights(new double[] { 2.5, -1.5 }).bias(0.1).build();
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	/** The weights frozen (update reactions removed), inputs and target set (a negative target on two rails). */
	private static PhasedEuler frozen(ReactionNetwork network, double target, boolean dualTarget) {
		network.getReactions().removeIf(reaction -> "update".equals(reaction.getProvenance().getStage()));
		PhasedEuler euler = new PhasedEuler(network);
		euler.set("X1", INPUT[0]);
		euler.set("X2", INPUT[1]);
		if (dualTarget) {
			euler.set(target >= 0 ? "T_y_p" : "T_y_n", Math.abs(target));
		} else {
			euler.set("T_y", target);
		}
		return euler;
	}

	private static double z(PhasedEuler euler, String unit) {
		return euler.get("Z_" + unit + "_p") - euler.get("Z_" + unit + "_n");
	}

	/** A node's value: one species, or the rails' difference for a tanh node. */
	private static double value(PhasedEuler euler, String unit, ActivationKind kind) {
		return kind == ActivationKind.TANH ? euler.get(unit + "_p") - euler.get(unit + "_n") : euler.get(unit);
	}

	private static double activate(ActivationKind kind, double z) {
		return kind == ActivationKind.TANH ? Math.tanh(z) : sigmoid(z);
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
		assertEquals(0.5, initial(network, "y_1"), "a sigmoid node starts at sigmoid(0)");
		assertTrue(network.getSpecies().stream().noneMatch(s -> s.getName().equals("H")), "no smoothing species");
	}

	/** tanh = 2u - 1: logistic growth of U at twice the rate, the value on two rails, a signed target port. */
	@Test
	void aTanhUnitIsTheLogisticModuleOnTwoRails() {
		NeuralNetwork source = NeuralNetworks.nn("One").input("x1").layer("y", 1, ActivationKind.TANH, 0)
				.weights(new double[] { 2 }).bias(-1).build();
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		assertEquals(ReactionText.canonical("U_y_1 -> U_y_1 + y_1_p", "0 -> y_1_n", "y_1_p -> 0", "y_1_n -> 0"),
				ReactionText.where(network, r -> r.getProvenance().getDescription().contains("into tanh")
						|| r.getProvenance().getDescription().startsWith("decay of y_1"), Map.of()));
		for (Reaction reaction : network.getReactions()) {
			if (reaction.getPhase() != null) {
				assertEquals("F_y", reaction.getPhase());
				assertEquals(2.0, ReactionText.rate(reaction), "du/dt = 2 z u (1 - u)");
			}
		}
		assertEquals(0.5, initial(network, "U_y_1"));
		assertEquals(initial(network, "y_1_p"), initial(network, "y_1_n"), "tanh(0) = 0 at the start");
		Port target = network.getPorts().stream().filter(p -> p.getKind() == PortKind.TARGET).findFirst().orElseThrow();
		assertEquals("T_y_p", target.getPlus().getName());
		assertEquals("T_y_n", target.getMinus().getName());
		BinaryExpression observable = (BinaryExpression) network.getObservables().get(0).getExpression();
		assertEquals(BinaryOperator.SUBTRACT, observable.getOperator());
		assertEquals("y_1_p", ((SymbolReference) observable.getLeft()).getSymbol().getName());
		assertEquals("y_1_n", ((SymbolReference) observable.getRight()).getSymbol().getName());
	}

	private static double initial(ReactionNetwork network, String name) {
		return network.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow().getInitial();
	}

	/**
	 * Each window turns the held pre-activation into sigmoid(z) / tanh(z) to 1e-4; outside its window a node does
	 * not move; at the end the derivative rails hold x - x^2 / 1 - x^2 and the gradients are back-propagation.
	 */
	@ParameterizedTest
	@CsvSource({ "SIGMOID, SIGMOID", "SIGMOID, SMOOTH_RELU", "TANH, TANH", "TANH, SMOOTH_RELU", "SIGMOID, TANH", "TANH, SIGMOID" })
	void windowsComputeTheActivationAndTheGradientsFollow(ActivationKind hidden, ActivationKind output) {
		NeuralNetwork source = net(hidden, output);
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		List<String> phases = OnePotCompiler.clockPhases(network);
		assertEquals(output == ActivationKind.SMOOTH_RELU ? List.of("F_h") : List.of("F_h", "F_y"), phases);
		double target = output == ActivationKind.TANH ? -0.4 : 0.3;
		PhasedEuler euler = frozen(network, target, output == ActivationKind.TANH);
		Forward pass = Forward.of(source, INPUT);

		euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		assertEquals(activate(hidden, 0), value(euler, "h_1", hidden), 1e-12, "closed window: h stays at its start");
		double z1 = 1.5 * 0.8 - 2.0 * 1.2 + 0.4;
		assertEquals(z1, z(euler, "h_1"), 1e-9, "pre-activation settled before the window");
		euler.run("F_h", 1, WINDOW_STEP);
		euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		assertEquals(activate(hidden, z1), value(euler, "h_1", hidden), 1e-4);
		assertEquals(pass.activation(0, 1), value(euler, "h_2", hidden), 1e-4);
		double heldH1 = value(euler, "h_1", hidden);
		if (output != ActivationKind.SMOOTH_RELU) {
			euler.run("F_y", 1, WINDOW_STEP);
			assertEquals(heldH1, value(euler, "h_1", hidden), 1e-12, "h is held outside its window");
			euler.run("settle", SETTLE_TIME, SETTLE_STEP);
		}
		assertEquals(pass.activation(1, 0), value(euler, "y_1", output), 1e-4);

		for (int i = 1; i <= 2; i++) {
			double x = value(euler, "h_" + i, hidden);
			double slope = hidden == ActivationKind.TANH ? 1 - x * x : x - x * x;
			assertEquals(slope, euler.get("D_h_" + i + "_p") - euler.get("D_h_" + i + "_n"), 1e-9, "derivative of h_" + i);
		}
		double[][][] dw = pass.weightGradients(target);
		double[][] db = pass.biasGradients(target);
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
		assertTrue(Math.abs(dw[0][0][0]) > 1e-2, "a non-trivial gradient through the hidden layer");
	}
}
