package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * one_pot with leaky ReLU layers (seed 002 eq. 4, the activation its noise experiment compares with the smooth
 * ReLU). The module computes f(z) = slope z + (1 - slope) phi_h(z), h = leaky_h. With the weights frozen the pot
 * settles, to 1e-6, at the outputs of the network with f and at its back-propagated gradients ({@link Forward},
 * written independently of the compiler); and those are the exact leaky ReLU network's (z, or slope z below 0)
 * to within the documented distance: every node's |z| is checked to be at least 0.1, where |f - leaky| <= h/|z| =
 * 1e-3 and |f' - leaky'| <= h/z^2 = 1e-2 with the default h = 1e-4.
 */
class LeakyReluTest {

	private static final double TOLERANCE = 1e-6;
	/** The distance to the exact leaky ReLU network allowed by the corner (values 1e-3, derivatives 1e-2 per node). */
	private static final double LEAKY_DISTANCE = 0.05;
	private static final double SETTLING_TIME = 400;

	@Test
	void aLeakyUnitIsPreActivationReluPartAndSignedValue() {
		NeuralNetwork source = NeuralNetworks.nn("One").input("x1").leaky("y", 1, 0.1).weights(new double[] { 2 }).bias(-1)
				.build();
		ReactionNetwork network = OnePotCompilerTest.compile(source);
		assertEquals(ReactionText.canonical("B_y_1_p -> B_y_1_p + Z_y_1_p", "B_y_1_n -> B_y_1_n + Z_y_1_n",
				"X1 + W_y_1_1_p -> X1 + W_y_1_1_p + Z_y_1_p", "X1 + W_y_1_1_n -> X1 + W_y_1_1_n + Z_y_1_n", "Z_y_1_p -> 0",
				"Z_y_1_n -> 0", "H -> H + R_y_1", "Z_y_1_p + R_y_1 -> Z_y_1_p + 2 R_y_1", "Z_y_1_n + R_y_1 -> Z_y_1_n",
				"2 R_y_1 -> R_y_1", "Z_y_1_p -> Z_y_1_p + y_1_p", "Z_y_1_n -> Z_y_1_n + y_1_n", "R_y_1 -> R_y_1 + y_1_p",
				"y_1_p -> 0", "y_1_n -> 0"),
				ReactionText.where(network, r -> "forward".equals(r.getProvenance().getStage()), Map.of()));
		assertEquals(0.1, rateOf(network, "Z_y_1_p -> Z_y_1_p + y_1_p"), 1e-15, "slope z+");
		assertEquals(0.9, rateOf(network, "R_y_1 -> R_y_1 + y_1_p"), 1e-15, "(1 - slope) r");
		assertEquals(OnePotSettings.LEAKY_H, initial(network, "H"), 0, "the corner h is the default leaky_h");
		assertEquals(0.1, rateOf(network, "LX_y_1_p -> LX_y_1_p + LZ_y_1_p"), 1e-15, "dL/dz gets slope dL/dx");
		assertEquals(0.9, rateOf(network, "LX_y_1_n + D_y_1 -> LX_y_1_n + D_y_1 + LZ_y_1_n"), 1e-15,
				"and (1 - slope) dL/dx d, d the derivative of the ReLU part");
		assertEquals(ReactionText.canonical("2 R_y_1 -> 2 R_y_1 + D_y_1", "D_y_1 + S_y_1 -> S_y_1", "S_y_1 -> 0",
				"2 R_y_1 -> 2 R_y_1 + S_y_1", "H -> H + S_y_1"),
				ReactionText.where(network, r -> DerivativeModule.LEAKY_STAGE.equals(r.getProvenance().getStage()), Map.of()));
		assertEquals(10 / OnePotSettings.LEAKY_H, rateOf(network, "D_y_1 + S_y_1 -> S_y_1"), 1e-6,
				"k2 = division_rate / leaky_h: D relaxes at k2 (r^2 + h) >= division_rate");
		assertTrue(network.getPorts().stream().anyMatch(p -> p.getMinus() != null && p.getMinus().getName().equals("T_y_n")),
				"a leaky output can be negative: its target has two rails");
	}

	/**
	 * A network with a leaky layer gets W+ + W- -> 0 and B+ + B- -> 0 unless annihilation = false is given: its
	 * two-rail z and value would feed the weights' common mode back into the weights (LeakyOnePotTrainingTest).
	 * The 2-3-1 network has 9 weights and 4 biases.
	 */
	@Test
	void aLeakyPotAnnihilatesItsWeightRailsUnlessToldNot() {
		assertEquals(13, annihilations(OnePotCompilerTest.compile(net(0.01, -1))));
		assertEquals(13, annihilations(OnePotCompilerTest.compile(net(-1, 0.01))));
		assertEquals(0, annihilations(OnePotCompilerTest.compile(net(0.01, 0.01),
				OnePotCompilerTest.option("annihilation", 0, "false"))));
		assertEquals(0, annihilations(OnePotCompilerTest.compile(net(-1, -1))));
	}

	/**
	 * Seed 002 puts its rate noise on the backward CRN (sections 5.2 and 5.3): derivatives, loss, backpropagation
	 * and update; not on the forward CRN, and not on a leaky node's derivative, which the paper takes from a
	 * characteristic function outside the chemistry. Here a leaky hidden layer and a smooth-ReLU output layer.
	 */
	@Test
	void rateNoiseActsOnTheBackwardCrnWithoutTheLeakyDerivative() {
		ReactionNetwork network = OnePotCompilerTest.compile(net(0.01, -1));
		Map<String, Long> noisy = new java.util.TreeMap<>();
		Map<String, Long> quiet = new java.util.TreeMap<>();
		for (Reaction reaction : network.getReactions()) {
			String key = reaction.getProvenance().getStage() + " " + reaction.getProvenance().getLayer();
			(OnePotCompiler.inBackwardCrn(reaction) ? noisy : quiet).merge(key, 1L, Long::sum);
		}
		// Forward: 3 + 1 nodes; the leaky layer's derivative: 5 reactions per node; the smooth output's: 5.
		assertEquals(Map.of("forward h", quiet.get("forward h"), "forward y", quiet.get("forward y"),
				"leaky derivative h", 15L), quiet, "quiet: " + quiet);
		assertTrue(quiet.get("forward h") > 0 && quiet.get("forward y") > 0, "the forward CRN is quiet: " + quiet);
		assertEquals(5L, noisy.get("derivative y"), "the smooth output's derivative module is noisy: " + noisy);
		assertTrue(noisy.keySet().stream().anyMatch(k -> k.startsWith("update "))
				&& noisy.keySet().stream().anyMatch(k -> k.startsWith("backward "))
				&& noisy.keySet().stream().anyMatch(k -> k.startsWith("loss ")), "loss, backward, update: " + noisy);
		assertTrue(noisy.keySet().stream().noneMatch(k -> k.startsWith("forward ") || k.startsWith("leaky ")), "" + noisy);
	}

	private static long annihilations(ReactionNetwork network) {
		return network.getReactions().stream().filter(r -> UpdateModule.ANNIHILATION.equals(r.getProvenance().getStage()))
				.count();
	}

	private static double rateOf(ReactionNetwork network, String text) {
		String wanted = ReactionText.canonical(text);
		return network.getReactions().stream().filter(r -> ReactionText.of(r, Map.of()).equals(wanted)).findFirst()
				.map(ReactionText::rate).orElseThrow(() -> new AssertionError("no reaction " + text));
	}

	private static double initial(ReactionNetwork network, String name) {
		return species(network, name).getInitial();
	}

	private static Species species(ReactionNetwork network, String name) {
		return network.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no species " + name));
	}

	/** At z = 0 the default corner gives (1 - slope) sqrt(h), the documented largest distance from the leaky ReLU. */
	@Test
	void atZeroTheDefaultCornerIsOneMinusSlopeTimesSqrtH() {
		NeuralNetwork source = NeuralNetworks.nn("One").input("x1").leaky("y", 1, 0.2).weights(new double[] { 1 }).bias(0)
				.build();
		// r approaches sqrt(h) at rate 2 sqrt(h) = 0.02 only: a long settling time
		SimulationResult result = settle(OnePotCompilerTest.compile(source), new double[] { 0 }, new double[] { 0 }, 4000, "y");
		assertEquals(0.8 * Math.sqrt(OnePotSettings.LEAKY_H), value(result, "y_1"), 1e-7);
	}

	/**
	 * The frozen pot's nodes are the leaky ReLU network's (exact closed form), and its LW, LZ species are the
	 * back-propagated dL/dw, dL/db of L = |y - target|^2, for leaky hidden and output layers, alone or mixed with
	 * a smooth ReLU layer. Some hidden node sits on the slope branch (z < 0), some on the identity branch.
	 */
	@ParameterizedTest
	@CsvSource({ "0.1, 0.1", "0.1, -1", "-1, 0.05", "0, 0.1" })
	void frozenPotSettlesAtTheLeakyNetworkAndItsGradients(double hiddenSlope, double outputSlope) {
		NeuralNetwork source = net(hiddenSlope, outputSlope);
		double[][] inputs = { { 0.8, 1.2 }, { 0.5, 1.5 } };
		double[] targets = { 0.7, 0.1 };
		boolean negativeBranch = false;
		boolean positiveBranch = false;
		for (int n = 0; n < inputs.length; n++) {
			Forward pass = Forward.of(source, inputs[n]);
			for (int l = 0; l < 2; l++) {
				for (int i = 0; i < source.getLayers().get(l).getUnits(); i++) {
					double z = pass.preActivation(l, i);
					assertTrue(Math.abs(z) >= 0.1, "sample " + n + " node " + l + "/" + i + " has |z| = " + Math.abs(z));
					negativeBranch |= l == 0 && z < 0;
					positiveBranch |= l == 0 && z > 0;
				}
			}
			ReactionNetwork network = OnePotCompilerTest.compile(source);
			SimulationResult result = settle(network, inputs[n], new double[] { targets[n] }, SETTLING_TIME, "y");
			Forward cornered = Forward.withLeakyCorner(source, inputs[n], OnePotSettings.LEAKY_H);
			assertNetworkAndGradients(source, result, cornered, targets[n], hiddenSlope >= 0, outputSlope >= 0, TOLERANCE);
			assertNetworkAndGradients(source, result, pass, targets[n], hiddenSlope >= 0, outputSlope >= 0, LEAKY_DISTANCE);
		}
		assertTrue(negativeBranch && positiveBranch, "both branches of the hidden leaky ReLU are exercised");
	}

	/** A 2-3-1 network; a slope of -1 stands for a smooth ReLU layer with h = 1 instead. */
	private static NeuralNetwork net(double hiddenSlope, double outputSlope) {
		NeuralNetworks builder = NeuralNetworks.nn("Leaky").input("x1", "x2");
		builder = hiddenSlope >= 0 ? builder.leaky("h", 3, hiddenSlope) : builder.layer("h", 3, 1.0);
		builder.weights(new double[] { 1.2, -0.8 }, new double[] { -1.1, 0.4 }, new double[] { 0.6, 0.9 }).bias(0.3, -0.2, -0.5);
		builder = outputSlope >= 0 ? builder.leaky("y", 1, outputSlope) : builder.layer("y", 1, 1.0);
		return builder.weights(new double[] { 0.9, -1.3, 1.1 }).bias(-0.4).build();
	}

	private static void assertNetworkAndGradients(NeuralNetwork source, SimulationResult result, Forward pass, double target,
			boolean leakyHidden, boolean leakyOutput, double tolerance) {
		double[][][] dw = pass.weightGradients(target);
		double[][] db = pass.biasGradients(target);
		double largest = 0;
		for (int l = 0; l < dw.length; l++) {
			String layer = source.getLayers().get(l).getName();
			boolean leaky = l == 0 ? leakyHidden : leakyOutput;
			for (int i = 0; i < dw[l].length; i++) {
				String unit = layer + "_" + (i + 1);
				double value = leaky ? value(result, unit) : result.finalValue(unit);
				assertEquals(pass.activation(l, i), value, tolerance, unit);
				for (int j = 0; j < dw[l][i].length; j++) {
					String lw = "LW_" + unit + "_" + (j + 1);
					assertEquals(dw[l][i][j], value(result, lw), tolerance, lw);
					largest = Math.max(largest, Math.abs(dw[l][i][j]));
				}
				assertEquals(db[l][i], value(result, "LZ_" + unit), tolerance, "LZ_" + unit);
			}
		}
		assertTrue(largest > 1e-2, "a non-trivial gradient");
	}

	@Test
	void slopesOutsideZeroToOneAreRejectedNamingTheLayer() {
		NeuralNetwork source = NeuralNetworks.nn("Steep").input("x1").leaky("y", 1, 1.5).build();
		CompilationException error = assertThrows(CompilationException.class, () -> OnePotCompilerTest.compile(source));
		assertTrue(error.getMessage().contains("layer y of Steep") && error.getMessage().contains("from 0 to 1"),
				error.getMessage());
	}

	/** Removes the update stage, sets inputs and targets, runs to {@code until}. */
	private static SimulationResult settle(ReactionNetwork network, double[] inputs, double[] targets, double until,
			String... ports) {
		network.getReactions().removeIf(reaction -> "update".equals(reaction.getProvenance().getStage()));
		for (int j = 0; j < inputs.length; j++) {
			species(network, "X" + (j + 1)).setInitial(inputs[j]);
		}
		for (int k = 0; k < targets.length; k++) {
			String name = "T_" + ports[k];
			boolean twoRails = network.getSpecies().stream().anyMatch(s -> s.getName().equals(name + "_p"));
			if (twoRails) {
				species(network, name + (targets[k] >= 0 ? "_p" : "_n")).setInitial(Math.abs(targets[k]));
			} else {
				species(network, name).setInitial(targets[k]);
			}
		}
		SimulationPlan plan = SimulationPlan.forNetwork(network, until).withStiff(true).withTolerances(1e-10, 1e-12);
		return new OdeSimulator().run(plan);
	}

	private static double value(SimulationResult result, String pair) {
		return result.finalValue(pair + "_p") - result.finalValue(pair + "_n");
	}
}
