package org.crnstudio.compile.fixedpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.compile.kinetics.MassActionOde;
import org.crnstudio.compile.kinetics.ReactionMultiset;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.nn.Models;
import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

class FixedPointCompilerTest {

	private static final double[][] HIDDEN_W = { { 0.5, -1.0 }, { 1.5, 0.3 }, { -0.7, 0.8 } };
	private static final double[] HIDDEN_B = { 0.1, -0.2, 0.3 };
	private static final double[][] OUT_W = { { 1.0, -0.5, 0.4 }, { -0.3, 0.9, 0.2 } };
	private static final double[] OUT_B = { 0.0, 0.1 };

	/** The network of examples/fixed-point.crn. */
	private static NeuralNetwork small(Activation hidden, Activation out) {
		return Models.nn("Small").input("d1", "d2").layer("hidden", hidden, HIDDEN_W, HIDDEN_B).layer("out", out, OUT_W, OUT_B).build();
	}

	private static ReactionNetwork compile(NeuralNetwork net, Option... options) {
		return Models.compile(net, Construction.FIXED_POINT, options);
	}

	@Test
	void oneNodeIsTheUnionOfTableOneWithTwoCPlusFourReactions() {
		NeuralNetwork net = Models.nn("One").input("d1", "d2").layer("y", Models.smoothRelu(1), new double[][] { { 0.5, -2 } },
				new double[] { 0.3 }).build();
		ReactionNetwork crn = compile(net);
		assertEquals(2 * 2 + 4, crn.getReactions().size());
		List<String> expected = ReactionMultiset.parse(List.of(
				"H -> H + y_1",
				"D1 + W_y_1_1_p + y_1 -> D1 + W_y_1_1_p + 2y_1",
				"D1 + W_y_1_1_n + y_1 -> D1 + W_y_1_1_n",
				"D2 + W_y_1_2_p + y_1 -> D2 + W_y_1_2_p + 2y_1",
				"D2 + W_y_1_2_n + y_1 -> D2 + W_y_1_2_n",
				"B_y_1_p + y_1 -> B_y_1_p + 2y_1",
				"B_y_1_n + y_1 -> B_y_1_n",
				"2y_1 -> y_1"), UnaryOperator.identity());
		assertEquals(expected, ReactionMultiset.of(crn));
		// offset rails with margin 1: w = 0.5 -> (1.5, 1), w = -2 -> (1, 3), b = 0.3 -> (1.3, 1); H holds h.
		Map<String, Double> initial = Map.of("W_y_1_1_p", 1.5, "W_y_1_1_n", 1.0, "W_y_1_2_p", 1.0, "W_y_1_2_n", 3.0, "B_y_1_p", 1.3,
				"B_y_1_n", 1.0, "H", 1.0, "y_1", 0.0, "D1", 0.0, "D2", 0.0);
		assertEquals(initial.size(), crn.getSpecies().size());
		for (Species species : crn.getSpecies()) {
			assertEquals(initial.get(species.getName()), species.getInitial(), 1e-15, species.getName());
		}
		crn.getReactions().forEach(r -> assertEquals(1.0, ((org.crnstudio.model.NumberLiteral) r.getRate()).getValue()));
		assertEquals(List.of("y"), crn.getObservables().stream().map(o -> o.getName()).toList());
		Port d1 = crn.getPorts().get(0);
		assertEquals("d1", d1.getName());
		assertEquals(PortKind.INPUT, d1.getKind());
		assertEquals("D1", d1.getPlus().getName());
		assertNull(d1.getMinus());
	}

	@Test
	void theNodeOdeIsTheOneOfTheConstruction() {
		// dx/dt = h + (b + sum_i w_i x_i) x - x^2 at an arbitrary state, for every node.
		ReactionNetwork crn = compile(small(Models.smoothRelu(1), Models.smoothRelu(1)));
		MassActionOde ode = new MassActionOde(crn);
		Random random = new Random(7);
		double[] state = ode.initial();
		double[] d = { 0.8, 1.2 };
		ode.setInput(state, "d1", d[0]);
		ode.setInput(state, "d2", d[1]);
		double[] hidden = new double[3];
		double[] out = new double[2];
		for (int j = 0; j < 3; j++) {
			hidden[j] = 3 * random.nextDouble();
			state[ode.indexOf("hidden_" + (j + 1))] = hidden[j];
		}
		for (int j = 0; j < 2; j++) {
			out[j] = 3 * random.nextDouble();
			state[ode.indexOf("out_" + (j + 1))] = out[j];
		}
		double[] rhs = ode.rhs(state);
		for (int j = 0; j < 3; j++) {
			double z = HIDDEN_B[j] + HIDDEN_W[j][0] * d[0] + HIDDEN_W[j][1] * d[1];
			assertEquals(1 + z * hidden[j] - hidden[j] * hidden[j], rhs[ode.indexOf("hidden_" + (j + 1))], 1e-12);
		}
		for (int j = 0; j < 2; j++) {
			double z = OUT_B[j] + OUT_W[j][0] * hidden[0] + OUT_W[j][1] * hidden[1] + OUT_W[j][2] * hidden[2];
			assertEquals(1 + z * out[j] - out[j] * out[j], rhs[ode.indexOf("out_" + (j + 1))], 1e-12);
		}
		// Catalysts never change.
		for (Species species : crn.getSpecies()) {
			if (species.getRole() != SpeciesRole.HIDDEN && species.getRole() != SpeciesRole.OUTPUT) {
				assertEquals(0.0, rhs[ode.indexOf(species.getName())], 0, species.getName());
			}
		}
	}

	@Test
	void theCompiledRhsVanishesAtTheForwardPassActivations() {
		NeuralNetwork[] nets = { small(Models.smoothRelu(1), Models.smoothRelu(1)), small(Models.polyRelu(0.5, 3), Models.polyRelu(2, 4)),
				small(Models.smoothRelu(0.1), Models.polyRelu(1, 2)) };
		Option[][] settings = { {}, { Models.option("rails", "exact") }, { Models.option("shared_h", "false"), Models.option("rate", "2.5") },
				{ Models.option("margin", "0.25") } };
		double[][] inputs = { { 0.8, 1.2 }, { 0, 0 }, { 3, 0.1 } };
		for (NeuralNetwork net : nets) {
			ForwardPass pass = ForwardPass.of(net);
			for (Option[] options : settings) {
				MassActionOde ode = new MassActionOde(compile(net, copies(options)));
				for (double[] d : inputs) {
					double[] state = ode.initial();
					ode.setInput(state, "d1", d[0]);
					ode.setInput(state, "d2", d[1]);
					List<double[]> activations = pass.activations(d);
					String[] layers = { "hidden", "out" };
					for (int l = 0; l < 2; l++) {
						for (int j = 0; j < activations.get(l).length; j++) {
							state[ode.indexOf(layers[l] + "_" + (j + 1))] = activations.get(l)[j];
						}
					}
					double[] rhs = ode.rhs(state);
					for (double value : rhs) {
						assertEquals(0, value, 1e-12);
					}
					// ... and the fixed point attracts: above it the node decreases.
					state[ode.indexOf("out_1")] += 0.1;
					assertTrue(ode.rhs(state)[ode.indexOf("out_1")] < -1e-3);
				}
			}
		}
	}

	@Test
	void theOdeSettlesOnTheNetworkOutputsFromZeroAndFromARandomState() {
		NeuralNetwork net = small(Models.smoothRelu(1), Models.smoothRelu(1));
		ReactionNetwork crn = compile(net);
		MassActionOde ode = new MassActionOde(crn);
		double[] expected = ForwardPass.of(net).outputs(0.8, 1.2);
		double[] zero = ode.initial();
		ode.setInput(zero, "d1", 0.8);
		ode.setInput(zero, "d2", 1.2);
		double[] random = zero.clone();
		Random generator = new Random(11);
		for (Species species : crn.getSpecies()) {
			if (species.getRole() == SpeciesRole.HIDDEN || species.getRole() == SpeciesRole.OUTPUT) {
				random[ode.indexOf(species.getName())] = 10 * generator.nextDouble();
			}
		}
		for (double[] start : List.of(zero, random)) {
			double[] end = ode.integrate(start, 30, 0.002);
			assertEquals(expected[0], ode.observable(end, "out1"), 1e-6);
			assertEquals(expected[1], ode.observable(end, "out2"), 1e-6);
		}
	}

	@Test
	void mnistSizedNetworkHasTheCountedSize() {
		Random random = new Random(3);
		String[] inputs = new String[784];
		for (int i = 0; i < inputs.length; i++) {
			inputs[i] = "p" + i;
		}
		NeuralNetwork net = Models.nn("Mnist").input(inputs).layer("hidden", Models.smoothRelu(1), Models.random(random, 40, 784, 0.1), null)
				.layer("out", Models.smoothRelu(1), Models.random(random, 10, 40, 0.3), null).build();
		SizeSummary size = SizeSummary.of(compile(net));
		// per node 2c + 4: 40 * (2 * 784 + 4) + 10 * (2 * 40 + 4)
		assertEquals(63_720, size.reactions());
		assertEquals(50, size.speciesByRole().get("hidden") + size.speciesByRole().get("output"));
		assertEquals(2 * 784 * 40 + 2 * 40 * 10, size.reactionsByMolecularity().get(3));
		assertEquals(3 * 50, size.reactionsByMolecularity().get(2));
		assertEquals(50, size.reactionsByMolecularity().get(1));
		assertEquals(784 + 50 + 2 * (784 * 40 + 40 * 10) + 2 * 50 + 1, size.species());
	}

	@Test
	void hZeroCompilesToTheReluFixedPoint() {
		NeuralNetwork net = small(Models.smoothRelu(0), Models.smoothRelu(0));
		ReactionNetwork crn = compile(net);
		assertEquals(0.0, crn.getSpecies().stream().filter(s -> s.getName().equals("H")).findFirst().orElseThrow().getInitial());
		MassActionOde ode = new MassActionOde(crn);
		double[] state = ode.initial();
		ode.setInput(state, "d1", 0.8);
		ode.setInput(state, "d2", 1.2);
		List<double[]> activations = ForwardPass.of(net).activations(0.8, 1.2);
		// hidden pre-activations are (-0.7, 1.36, 0.7): one ReLU unit is cut to 0.
		assertEquals(0.0, activations.get(0)[0]);
		for (int j = 0; j < 3; j++) {
			state[ode.indexOf("hidden_" + (j + 1))] = activations.get(0)[j];
		}
		for (int j = 0; j < 2; j++) {
			state[ode.indexOf("out_" + (j + 1))] = activations.get(1)[j];
		}
		for (double value : ode.rhs(state)) {
			assertEquals(0, value, 1e-12);
		}
	}

	@Test
	void exactRailsLeaveOutZeroRailsAndTheirReactions() {
		NeuralNetwork net = Models.nn("Sparse").input("d1", "d2").layer("y", Models.smoothRelu(1), new double[][] { { 0, 2 } },
				new double[] { -1 }).build();
		ReactionNetwork crn = compile(net, Models.option("rails", "exact"));
		assertEquals(ReactionMultiset.parse(List.of("H -> H + y_1", "D2 + W_y_1_2_p + y_1 -> D2 + W_y_1_2_p + 2y_1",
				"B_y_1_n + y_1 -> B_y_1_n", "2y_1 -> y_1"), UnaryOperator.identity()), ReactionMultiset.of(crn));
		assertEquals(2.0, species(crn, "W_y_1_2_p").getInitial());
		assertEquals(1.0, species(crn, "B_y_1_n").getInitial());
		assertTrue(crn.getSpecies().stream().noneMatch(s -> s.getName().startsWith("W_y_1_1")));
	}

	@Test
	void smoothingSpeciesFollowSharedH() {
		NeuralNetwork mixed = small(Models.smoothRelu(1), Models.smoothRelu(2));
		ReactionNetwork perLayer = compile(mixed);
		assertEquals(1.0, species(perLayer, "H_hidden").getInitial());
		assertEquals(2.0, species(perLayer, "H_out").getInitial());
		assertTrue(perLayer.getSpecies().stream().noneMatch(s -> s.getName().equals("H")));
		ReactionNetwork perNode = compile(mixed, Models.option("shared_h", "false"));
		assertEquals(5, perNode.getSpecies().stream().filter(s -> s.getRole() == SpeciesRole.PARAMETER).count());
		assertEquals(2.0, species(perNode, "H_out_2").getInitial());
	}

	@Test
	void everyElementCarriesProvenance() {
		ReactionNetwork crn = compile(small(Models.smoothRelu(1), Models.smoothRelu(1)));
		crn.getSpecies().forEach(s -> {
			assertNotNull(s.getProvenance(), s.getName());
			assertEquals(Construction.FIXED_POINT, s.getProvenance().getConstruction());
			assertNotNull(s.getProvenance().getDescription());
		});
		crn.getReactions().forEach(r -> assertNotNull(r.getProvenance().getStage()));
		crn.getObservables().forEach(o -> assertNotNull(o.getProvenance()));
		Species weight = species(crn, "W_out_2_3_p");
		assertEquals("out", weight.getProvenance().getLayer());
		assertEquals(1, weight.getProvenance().getUnit());
		assertEquals(2, weight.getProvenance().getSource());
		assertEquals(1 + 0.2, weight.getInitial(), 1e-15);
		assertEquals(List.of("out1", "out2"), crn.getObservables().stream().map(o -> o.getName()).toList());
		assertEquals(2, crn.getPorts().size());
	}

	@Test
	void modelsThatDoNotFitAreNamed() {
		CompilationException sigmoid = assertThrows(CompilationException.class,
				() -> compile(small(Models.smoothRelu(1), Models.activation(ActivationKind.SIGMOID))));
		assertTrue(sigmoid.getMessage().startsWith("layer out of Small uses sigmoid; fixed_point computes smooth_relu"), sigmoid.getMessage());
		assertEquals(11, sigmoid.getLine());

		CompilationException degree = assertThrows(CompilationException.class,
				() -> compile(small(Models.polyRelu(1, 2.5), Models.smoothRelu(1))));
		assertTrue(degree.getMessage().contains("layer hidden of Small has q = 2.5; poly_relu needs an integer q >= 2"), degree.getMessage());

		CompilationException unknown = assertThrows(CompilationException.class,
				() -> compile(small(Models.smoothRelu(1), Models.smoothRelu(1)), Models.option("margn", "2")));
		assertTrue(unknown.getMessage().contains("valid: margin, rails, rate, shared_h"), unknown.getMessage());

		CompilationException marginWithExact = assertThrows(CompilationException.class,
				() -> compile(small(Models.smoothRelu(1), Models.smoothRelu(1)), Models.option("rails", "exact"), Models.option("margin", "2")));
		assertTrue(marginWithExact.getMessage().contains("'margin'"), marginWithExact.getMessage());

		CompilationException rails = assertThrows(CompilationException.class,
				() -> compile(small(Models.smoothRelu(1), Models.smoothRelu(1)), Models.option("rails", "split")));
		assertTrue(rails.getMessage().contains("must be one of exact, offset"), rails.getMessage());

		// An input named h would be the species H, which the smoothing catalyst also is.
		NeuralNetwork clash = Models.nn("Clash").input("h").layer("y", Models.smoothRelu(1), new double[][] { { 1 } }, null).build();
		CompilationException names = assertThrows(CompilationException.class, () -> compile(clash));
		assertEquals("two elements of Clash compile to the species name H (rename an input or a layer)", names.getMessage());
		assertEquals(1, names.getLine());

		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName("OdeCrn");
		var compilation = CrnFactory.eINSTANCE.createCompilation();
		compilation.setConstruction(Construction.FIXED_POINT);
		var ode = CrnFactory.eINSTANCE.createOdeModel();
		ode.setName("Lv");
		compilation.setSource(ode);
		network.setCompilation(compilation);
		CompilationException notNn = assertThrows(CompilationException.class, () -> new org.crnstudio.compile.CrnCompiler().compile(network));
		assertEquals("fixed_point needs a neural network (nn); Lv is not one", notNn.getMessage());
	}

	private static Species species(ReactionNetwork crn, String name) {
		return crn.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
	}

	/** Options are contained by one compilation at a time. */
	private static Option[] copies(Option[] options) {
		Option[] copies = new Option[options.length];
		for (int i = 0; i < options.length; i++) {
			copies[i] = Models.option(options[i].getName(), options[i].getLiteral());
		}
		return copies;
	}
}
