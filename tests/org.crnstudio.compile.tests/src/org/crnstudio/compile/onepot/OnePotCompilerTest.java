package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.MassAction;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

class OnePotCompilerTest {

	static ReactionNetwork compile(NeuralNetwork source, Option... options) {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName(source.getName() + "Crn");
		new OnePotCompiler().compile(source, new CompilationOptions("one_pot", List.of(options), 9), network);
		return network;
	}

	static Option option(String name, double value, String literal) {
		Option option = CrnFactory.eINSTANCE.createOption();
		option.setName(name);
		option.setValue(value);
		option.setLiteral(literal);
		return option;
	}

	private static long count(ReactionNetwork network, String stage) {
		return network.getReactions().stream().filter(r -> stage.equals(r.getProvenance().getStage())).count();
	}

	private static Predicate<Reaction> stage(String... stages) {
		List<String> names = List.of(stages);
		return reaction -> names.contains(reaction.getProvenance().getStage());
	}

	/**
	 * 2-2-1 by hand: forward 2c+4 per node (c = 2) = 3 x 8 = 24; derivative 5 per node = 15; loss 4 per output = 4;
	 * backward: LZ 4 per node (12), LW 4 per weight (6 weights: 24), LX of the 2 hidden nodes 4 per downstream
	 * unit plus 2 decays (12) = 48; update 2 per weight and bias (6 + 3) = 18. Total 109.
	 */
	@Test
	void reactionCountsPerModuleOfA221Network() {
		ReactionNetwork network = compile(NeuralNetworks.small());
		assertEquals(24, count(network, "forward"));
		assertEquals(15, count(network, "derivative"));
		assertEquals(4, count(network, "loss"));
		assertEquals(48, count(network, "backward"));
		assertEquals(18, count(network, "update"));
		assertEquals(0, count(network, "annihilation"));
		assertEquals(109, network.getReactions().size());
		// species: 2 inputs, 1 target, H, 12 weight rails, 6 bias rails, 3 nodes, 3 D, 3 S, 6 LX, 6 LZ, 12 LW = 55
		assertEquals(55, network.getSpecies().size());

		ReactionNetwork annihilating = compile(NeuralNetworks.small(), option("annihilation", 1, "true"));
		assertEquals(9, count(annihilating, "annihilation"));
		assertEquals(118, annihilating.getReactions().size());
	}

	@Test
	void aNodeIsTheEdgeNetworksOfTable1() {
		ReactionNetwork network = compile(NeuralNetworks.small());
		var all = ReactionText.all(network, Map.of());
		ReactionText.canonical(
				"H -> H + y_1", "h_1 + W_y_1_1_p + y_1 -> h_1 + W_y_1_1_p + 2 y_1", "h_1 + W_y_1_1_n + y_1 -> h_1 + W_y_1_1_n",
				"B_y_1_p + y_1 -> B_y_1_p + 2 y_1", "B_y_1_n + y_1 -> B_y_1_n", "2 y_1 -> y_1",
				"X1 + W_h_1_1_p + h_1 -> X1 + W_h_1_1_p + 2 h_1",
				"y_1 -> y_1 + LX_y_1_p", "T_y -> T_y + LX_y_1_n",
				"LZ_y_1_n -> LZ_y_1_n + B_y_1_p", "LW_y_1_2_p -> LW_y_1_2_p + W_y_1_2_n")
				.forEach(expected -> assertTrue(all.contains(expected), expected));
	}

	@Test
	void derivativeModuleRatesMeetTheConditionAndItsSteadyStateIsTheDerivative() {
		for (double division : new double[] { 10, 50 }) {
			ReactionNetwork network = compile(NeuralNetworks.small(), option("division_rate", division, null));
			Map<String, Double> k = new HashMap<>();
			network.getReactions().stream().filter(stage("derivative"))
					.filter(r -> r.getProvenance().getLayer().equals("h") && r.getProvenance().getUnit() == 1)
					.forEach(r -> k.put(r.getProvenance().getDescription().substring(0, 2), ReactionText.rate(r)));
			assertEquals(5, k.size());
			assertEquals(division, k.get("k1"));
			assertEquals(k.get("k1"), k.get("k5") * k.get("k2") / k.get("k3"), 1e-12);
			assertEquals(k.get("k1"), k.get("k4") * k.get("k2") / k.get("k3"), 1e-12);
			// the module's steady state, solved by hand: s = (k4 x^2 + k5 h) / k3, d = k1 x^2 / (k2 s)
			double h = 1.0;
			for (double x : new double[] { 0.2, 1.0, 3.7 }) {
				double s = (k.get("k4") * x * x + k.get("k5") * h) / k.get("k3");
				double d = k.get("k1") * x * x / (k.get("k2") * s);
				assertEquals(x * x / (x * x + h), d, 1e-12);
				Map<String, Double> c = Map.of("h_2", x, "H", h, "S_h_2", s, "D_h_2", d);
				Map<String, Double> rates = MassAction.rhs(network, stage("derivative"), c);
				assertEquals(0, rates.get("S_h_2"), 1e-12);
				assertEquals(0, rates.get("D_h_2"), 1e-12);
			}
		}
	}

	@Test
	void forwardReactionsVanishAtTheNetworksActivations() {
		ReactionNetwork network = compile(NeuralNetworks.small());
		double[] input = { 0.8, 1.2 };
		Forward pass = Forward.of(NeuralNetworks.small(), input);
		Map<String, Double> c = concentrations(network, input, pass);
		Map<String, Double> rates = MassAction.rhs(network, stage("forward"), c);
		for (String node : List.of("h_1", "h_2", "y_1")) {
			assertEquals(0, rates.get(node), 1e-12, node);
		}
		// and not at a perturbed value: the check can fail
		c.put("h_1", pass.activation(0, 0) + 0.1);
		assertTrue(Math.abs(MassAction.rhs(network, stage("forward"), c).get("h_1")) > 1e-3);
	}

	@Test
	void lossGradientSettlesAtTwiceTheError() {
		ReactionNetwork network = compile(NeuralNetworks.small());
		double y = 1.3, target = 0.4;
		// steady state of LX+ and LX-: production / decay, read from the rates
		double production = ReactionText.rate(find(network, "y_1 -> y_1 + LX_y_1_p"));
		double decay = ReactionText.rate(find(network, "LX_y_1_p -> 0"));
		double lxPlus = production * y / decay;
		double lxMinus = ReactionText.rate(find(network, "T_y -> T_y + LX_y_1_n")) * target
				/ ReactionText.rate(find(network, "LX_y_1_n -> 0"));
		assertEquals(2 * (y - target), lxPlus - lxMinus, 1e-12);
	}

	/**
	 * With the weights held (update reactions left out), the forward, derivative, loss and backward reactions
	 * settle from the compiled initial state to the network's activations and the gradients of L = |y - yhat|^2
	 * found by an independent back-propagation.
	 */
	@Test
	void backwardSteadyStateIsTheBackPropagatedGradient() {
		NeuralNetwork source = NeuralNetworks.small();
		ReactionNetwork network = compile(source);
		double[] input = { 0.8, 1.2 };
		double target = 0.4;
		Map<String, Double> c = new HashMap<>();
		network.getSpecies().forEach(s -> c.put(s.getName(), s.getInitial()));
		c.put("X1", input[0]);
		c.put("X2", input[1]);
		c.put("T_y", target);
		Predicate<Reaction> held = stage("forward", "derivative", "loss", "backward");
		double dt = 0.002;
		for (int step = 0; step < 30_000; step++) {
			Map<String, Double> rates = MassAction.rhs(network, held, c);
			rates.forEach((name, rate) -> c.merge(name, dt * rate, Double::sum));
		}
		Forward pass = Forward.of(source, input);
		assertEquals(pass.activation(1, 0), c.get("y_1"), 1e-6);
		assertEquals(pass.activation(0, 1), c.get("h_2"), 1e-6);
		double[][][] dw = pass.weightGradients(target);
		double[][] db = pass.biasGradients(target);
		for (int l = 0; l < 2; l++) {
			String layer = l == 0 ? "h" : "y";
			for (int i = 0; i < dw[l].length; i++) {
				for (int j = 0; j < dw[l][i].length; j++) {
					String lw = "LW_" + layer + "_" + (i + 1) + "_" + (j + 1);
					assertEquals(dw[l][i][j], c.get(lw + "_p") - c.get(lw + "_n"), 1e-5, lw);
				}
				String lz = "LZ_" + layer + "_" + (i + 1);
				assertEquals(db[l][i], c.get(lz + "_p") - c.get(lz + "_n"), 1e-5, lz);
			}
		}
		assertTrue(Math.abs(dw[0][0][0]) > 1e-3, "a non-trivial gradient");
	}

	@Test
	void updateReactionsMoveWeightsDownTheGradient() {
		ReactionNetwork network = compile(NeuralNetworks.small(), option("eta", 0.01, null));
		Map<String, Double> c = Map.of("LW_h_2_1_p", 0.7, "LW_h_2_1_n", 0.2, "LZ_y_1_p", 0.1, "LZ_y_1_n", 0.6);
		Map<String, Double> rates = MassAction.rhs(network, stage("update"), c);
		assertEquals(-0.01 * (0.7 - 0.2), rates.get("W_h_2_1_p") - rates.get("W_h_2_1_n"), 1e-15);
		assertEquals(-0.01 * (0.1 - 0.6), rates.get("B_y_1_p") - rates.get("B_y_1_n"), 1e-15);
		assertEquals(0.0, rates.get("LW_h_2_1_p"), "gradients are catalysts of the update");
	}

	@Test
	void xorNetCompilesWithSeededInitialWeights() {
		ReactionNetwork network = compile(NeuralNetworks.xorNet());
		SizeSummary size = SizeSummary.of(network);
		// forward 10 x 8 + 24 = 104, derivative 55, loss 4, backward 44 + 120 + 60 = 224, update 82
		assertEquals(469, size.reactions());
		assertEquals(223, size.species());
		assertEquals(Map.of(1, 221, 2, 188, 3, 60), size.reactionsByMolecularity(), size.describe());

		ReactionNetwork again = compile(NeuralNetworks.xorNet());
		ReactionNetwork otherSeed = compile(NeuralNetworks.xorNet(), option("init_seed", 2, null));
		double bound = 1 / Math.sqrt(2);
		boolean differs = false;
		for (int i = 0; i < network.getSpecies().size(); i++) {
			Species species = network.getSpecies().get(i);
			assertEquals(species.getInitial(), again.getSpecies().get(i).getInitial(), species.getName());
			if (species.getRole() == SpeciesRole.WEIGHT && species.getName().startsWith("W_hidden")) {
				assertTrue(species.getInitial() <= bound, species.getName());
				differs |= species.getInitial() != otherSeed.getSpecies().get(i).getInitial();
			}
		}
		assertTrue(differs, "another init_seed gives other weights");

		Map<String, Port> ports = new HashMap<>();
		network.getPorts().forEach(p -> ports.put(p.getName(), p));
		assertEquals(PortKind.INPUT, ports.get("x1").getKind());
		assertEquals(PortKind.TARGET, ports.get("y").getKind());
		assertEquals("T_y", ports.get("y").getPlus().getName());
		assertEquals("y", network.getObservables().get(0).getName());
		network.getSpecies().forEach(s -> assertNotNull(s.getProvenance(), s.getName()));
		network.getReactions().forEach(r -> assertNotNull(r.getProvenance().getStage()));
		assertNotEquals("y", network.getSpecies().stream().map(Species::getName).filter("y"::equals).findAny().orElse("none"));
	}

	@Test
	void unsupportedLayersAreRejectedNamingTheLayer() {
		NeuralNetwork linear = NeuralNetworks.nn("Lin").input("x1").layer("out", 1, ActivationKind.LINEAR, 0).build();
		CompilationException failure = assertThrows(CompilationException.class, () -> compile(linear));
		assertTrue(failure.getMessage().contains("layer out of Lin uses linear"), failure.getMessage());
		assertTrue(failure.getMessage().contains("valid: smooth_relu(h = ...), relu, leaky_relu(slope = ...), sigmoid, tanh"), failure.getMessage());
		assertEquals(4, failure.getLine());

		NeuralNetwork misshapen = NeuralNetworks.nn("Bad").input("x1", "x2").layer("h", 3, 1)
				.weights(new double[] { 1, 1 }, new double[] { 1, 1 }).build();
		failure = assertThrows(CompilationException.class, () -> compile(misshapen));
		assertTrue(failure.getMessage().contains("are 2 x 2 but the layer needs 3 x 2"), failure.getMessage());
	}

	private static Reaction find(ReactionNetwork network, String text) {
		String canonical = ReactionText.canonical(text);
		return network.getReactions().stream().filter(r -> ReactionText.of(r, Map.of()).equals(canonical)).findFirst()
				.orElseThrow(() -> new AssertionError("no reaction " + canonical));
	}

	private static Map<String, Double> concentrations(ReactionNetwork network, double[] input, Forward pass) {
		Map<String, Double> c = new HashMap<>();
		network.getSpecies().forEach(s -> c.put(s.getName(), s.getInitial()));
		c.put("X1", input[0]);
		c.put("X2", input[1]);
		c.put("h_1", pass.activation(0, 0));
		c.put("h_2", pass.activation(0, 1));
		c.put("y_1", pass.activation(1, 0));
		return c;
	}
}
