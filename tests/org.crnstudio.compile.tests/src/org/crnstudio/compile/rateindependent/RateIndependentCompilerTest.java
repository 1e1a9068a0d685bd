package org.crnstudio.compile.rateindependent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.kinetics.FiringEquilibrium;
import org.crnstudio.compile.kinetics.MassActionOde;
import org.crnstudio.compile.kinetics.ReactionMultiset;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.nn.Models;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Construction;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

class RateIndependentCompilerTest {

	private static final Pattern PAPER_NAME = Pattern.compile("([XIMH])(\\d)(\\d)?([+-])?|Y([+-])");

	/** Fig. 1 of seed 004, as examples/rate-independent.crn writes it (one row per unit). */
	private static NeuralNetwork fig1(double[] hiddenBias) {
		return Models.nn("Fig1").input("x1", "x2")
				.layer("h", Models.activation(ActivationKind.RELU), new double[][] { { 1, -1 }, { 1, -1 }, { 1, -1 } }, hiddenBias)
				.layer("y", ActivationKind.LINEAR, new double[][] { { 1, 1, -1 } }).build();
	}

	private static ReactionNetwork compile(NeuralNetwork net, Option... options) {
		return Models.compile(net, Construction.RATE_INDEPENDENT, options);
	}

	/** The paper's names (X1+, I11-, M12, H13+, Y+) as compiled: X1_p, I_h_1_n, M_h_2, h_3_p, y_1_p. */
	private static String compiledName(String paper) {
		Matcher m = PAPER_NAME.matcher(paper);
		if (!m.matches()) {
			throw new IllegalArgumentException(paper);
		}
		if (m.group(5) != null) {
			return "y_1" + rail(m.group(5));
		}
		String unit = m.group(3);
		return switch (m.group(1)) {
		case "X" -> "X" + m.group(2) + rail(m.group(4));
		case "I" -> "I_h_" + unit + rail(m.group(4));
		case "M" -> "M_h_" + unit;
		default -> "h_" + unit + rail(m.group(4));
		};
	}

	private static String rail(String sign) {
		return sign.equals("+") ? "_p" : "_n";
	}

	@Test
	void fig1CompilesToTheSixteenReactionsOfThePaper() {
		ReactionNetwork crn = compile(fig1(null), Models.option("reduce", "false"));
		List<String> paper = List.of(
				"X1+ -> I11+ + I12+ + I13+", "X1- -> I11- + I12- + I13-", // (3), (4)
				"X2+ -> I11- + I12- + I13-", "X2- -> I11+ + I12+ + I13+", // (5), (6)
				"I11+ -> M11 + H11+", "M11 + I11- -> H11-", // (7) - (12)
				"I12+ -> M12 + H12+", "M12 + I12- -> H12-",
				"I13+ -> M13 + H13+", "M13 + I13- -> H13-",
				"H11+ -> Y+", "H11- -> Y-", "H12+ -> Y+", "H12- -> Y-", "H13+ -> Y-", "H13- -> Y+"); // (13) - (18)
		assertEquals(ReactionMultiset.parse(paper, RateIndependentCompilerTest::compiledName), ReactionMultiset.of(crn));
		assertEquals(16, crn.getReactions().size());
	}

	@Test
	void fig1ReducesToTheSevenReactionsOfTheConstructions() {
		ReactionNetwork crn = compile(fig1(null), Models.option("reduce", "true"));
		List<String> reduced = List.of(
				"X1+ -> M11 + M12 + M13 + Y+", "X1- -> I11- + I12- + I13-",
				"X2+ -> I11- + I12- + I13-", "X2- -> M11 + M12 + M13 + Y+",
				"M11 + I11- -> Y-", "M12 + I12- -> Y-", "M13 + I13- -> Y+");
		assertEquals(ReactionMultiset.parse(reduced, RateIndependentCompilerTest::compiledName), ReactionMultiset.of(crn));
		// Eliminated species are gone; every initial value is 0 without biases.
		assertTrue(crn.getSpecies().stream().noneMatch(s -> s.getName().startsWith("I_h_1_p") || s.getName().startsWith("h_")));
		crn.getSpecies().forEach(s -> assertEquals(0.0, s.getInitial(), s.getName()));
	}

	@Test
	void irisSizedNetworkHasFortyReactionsAndSixteenReduced() {
		Random random = new Random(5);
		NeuralNetwork iris = Models.nn("Iris").input("sl", "sw", "pl", "pw")
				.layer("hidden", ActivationKind.RELU, Models.randomSigns(random, 8, 4))
				.layer("species", ActivationKind.LINEAR, Models.randomSigns(random, 3, 8)).build();
		assertEquals(40, compile(iris).getReactions().size());
		ReactionNetwork reduced = compile(iris, Models.option("reduce", "true"));
		assertEquals(16, reduced.getReactions().size());
		// 2 unimolecular reactions per input, one bimolecular per ReLU unit
		assertEquals(8, reduced.getReactions().stream().filter(r -> molecularity(r) == 1).count());
		assertEquals(8, reduced.getReactions().stream().filter(r -> molecularity(r) == 2).count());
		assertEquals(List.of("species1", "species2", "species3"), reduced.getObservables().stream().map(o -> o.getName()).toList());
	}

	@Test
	void mnistSizedNetworkHasThePaperCountsAndLongProductLists() {
		Random random = new Random(9);
		String[] pixels = new String[196];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = "px" + i;
		}
		NeuralNetwork mnist = Models.nn("Mnist").input(pixels)
				.layer("h1", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 512, 196), biases(random, 512))
				.layer("h2", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 512, 512), biases(random, 512))
				.layer("digit", Models.activation(ActivationKind.LINEAR), Models.randomSigns(random, 10, 512), biases(random, 10)).build();
		assertEquals(4488, compile(mnist).getReactions().size());
		ReactionNetwork reduced = compile(mnist, Models.option("reduce", "true"));
		// 2 per input + 1 per ReLU unit
		assertEquals(2 * 196 + 1024, reduced.getReactions().size());
		int longest = reduced.getReactions().stream().mapToInt(r -> r.getProducts().size()).max().orElse(0);
		assertTrue(longest > 1000, "longest product list " + longest);
		// The reduced network still computes the network: its equilibrium on one random image.
		MassActionOde ode = new MassActionOde(reduced);
		double[] state = ode.initial();
		double[] image = new double[196];
		for (int i = 0; i < image.length; i++) {
			image[i] = random.nextDouble();
			ode.setInput(state, pixels[i], image[i]);
		}
		double[] equilibrium = FiringEquilibrium.of(reduced, ode, state);
		double[] expected = ForwardPass.of(mnist).outputs(image);
		for (int digit = 0; digit < 10; digit++) {
			assertEquals(expected[digit], ode.observable(equilibrium, "digit" + (digit + 1)), 1e-9 * Math.max(1, Math.abs(expected[digit])));
		}
	}

	@Test
	void fig1StaticEquilibriumDoesNotDependOnTheRates() {
		double[][] inputs = { { 2, -1 }, { 1, 0 }, { 0, 1 } };
		double[] expected = { 3, 1, 0 };
		for (String reduce : List.of("false", "true")) {
			for (int setting = 0; setting < 2; setting++) {
				ReactionNetwork crn = compile(fig1(null), Models.option("reduce", reduce), Models.option("rate", setting == 0 ? "1" : "0.5"));
				if (setting == 1) {
					// Every reaction at its own rate in [0.5, 2.5): the limit must not move.
					Random random = new Random(17);
					for (Reaction reaction : crn.getReactions()) {
						((NumberLiteral) reaction.getRate()).setValue(0.5 + 2 * random.nextDouble());
					}
				}
				MassActionOde ode = new MassActionOde(crn);
				for (int k = 0; k < inputs.length; k++) {
					double[] state = ode.initial();
					ode.setInput(state, "x1", inputs[k][0]);
					ode.setInput(state, "x2", inputs[k][1]);
					double[] end = ode.integrate(state, 50, 0.01);
					assertEquals(expected[k], ode.observable(end, "y"), 1e-4, "reduce=" + reduce + " rates " + setting + " x=" + k);
					assertEquals(expected[k], ode.observable(FiringEquilibrium.of(crn, ode, state), "y"), 1e-12);
				}
			}
		}
	}

	@Test
	void reducePreservesTheEquilibriumOfRandomNetworksWithBiases() {
		Random random = new Random(2024);
		for (int trial = 0; trial < 5; trial++) {
			NeuralNetwork net = Models.nn("Random" + trial).input("a", "b", "c")
					.layer("h1", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 5, 3), biases(random, 5))
					.layer("h2", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 4, 5), biases(random, 4))
					.layer("out", Models.activation(ActivationKind.LINEAR), Models.randomSigns(random, 2, 4), biases(random, 2)).build();
			ForwardPass pass = ForwardPass.of(net);
			for (Option[] options : List.of(new Option[] {}, new Option[] { Models.option("reduce", "true") },
					new Option[] { Models.option("waste", "true") },
					new Option[] { Models.option("reduce", "true"), Models.option("waste", "true") })) {
				ReactionNetwork crn = compile(net, options);
				MassActionOde ode = new MassActionOde(crn);
				for (int sample = 0; sample < 4; sample++) {
					double[] x = { 4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2 };
					double[] state = ode.initial();
					ode.setInput(state, "a", x[0]);
					ode.setInput(state, "b", x[1]);
					ode.setInput(state, "c", x[2]);
					double[] equilibrium = FiringEquilibrium.of(crn, ode, state);
					double[] expected = pass.outputs(x);
					assertEquals(expected[0], ode.observable(equilibrium, "out1"), 1e-9);
					assertEquals(expected[1], ode.observable(equilibrium, "out2"), 1e-9);
				}
			}
		}
	}

	@Test
	void biasesAreInitialValuesAndReduceCarriesThemDownstream() {
		// errata of seed 004: with a bias on h3 (weight -1 into y), reduce adds i+_{1,3}(0) to y-(0).
		ReactionNetwork plain = compile(fig1(new double[] { 0, -0.4, 0.7 }));
		assertEquals(0.7, species(plain, "I_h_3_p").getInitial());
		assertEquals(0.4, species(plain, "I_h_2_n").getInitial());
		assertEquals(0.0, species(plain, "I_h_2_p").getInitial());
		ReactionNetwork reduced = compile(fig1(new double[] { 0, -0.4, 0.7 }), Models.option("reduce", "true"));
		assertEquals(0.7, species(reduced, "M_h_3").getInitial(), 1e-15);
		assertEquals(0.7, species(reduced, "y_1_n").getInitial(), 1e-15);
		assertEquals(0.0, species(reduced, "y_1_p").getInitial(), 1e-15);
		assertEquals(0.4, species(reduced, "I_h_2_n").getInitial(), 1e-15);
		// y = relu(x1 - x2) + relu(x1 - x2 - 0.4) - relu(x1 - x2 + 0.7); x = (1, 0): 1 + 0.6 - 1.7
		MassActionOde ode = new MassActionOde(reduced);
		double[] state = ode.initial();
		ode.setInput(state, "x1", 1);
		assertEquals(-0.1, ode.observable(FiringEquilibrium.of(reduced, ode, state), "y"), 1e-12);
	}

	@Test
	void binarizeTakesSignsAndZeroBecomesPlusOne() {
		NeuralNetwork real = Models.nn("Real").input("x1", "x2")
				.layer("h", ActivationKind.RELU, new double[][] { { 0.3, -2 }, { 0, -0.1 }, { 7, -1e-9 } })
				.layer("y", ActivationKind.LINEAR, new double[][] { { 0.5, 2, -0.25 } }).build();
		CompilationException refused = assertThrows(CompilationException.class, () -> compile(real));
		assertEquals("layer h of Real has weight 0.3 in row 1, column 1; rate_independent needs weights +1 or -1 (or binarize = true,"
				+ " which maps w >= 0 to +1 and w < 0 to -1)", refused.getMessage());
		assertEquals(10, refused.getLine());
		NeuralNetwork fig1 = fig1(null);
		fig1.setName("Real");
		assertEquals(ReactionMultiset.of(compile(fig1)), ReactionMultiset.of(compile(real, Models.option("binarize", "true"))));
	}

	@Test
	void layersMustBeReluThenLinear() {
		NeuralNetwork sigmoid = Models.nn("Net").input("x1")
				.layer("h", ActivationKind.SIGMOID, new double[][] { { 1 } }).layer("y", ActivationKind.LINEAR, new double[][] { { 1 } }).build();
		CompilationException hidden = assertThrows(CompilationException.class, () -> compile(sigmoid));
		assertEquals("layer h of Net uses sigmoid; rate_independent needs relu on every hidden layer (dense(units, relu))", hidden.getMessage());
		NeuralNetwork reluOut = Models.nn("Net").input("x1").layer("y", ActivationKind.RELU, new double[][] { { 1 } }).build();
		CompilationException output = assertThrows(CompilationException.class, () -> compile(reluOut));
		assertTrue(output.getMessage().contains("rate_independent needs a linear output layer"), output.getMessage());
	}

	@Test
	void wasteAnnihilatesEveryNonInputPair() {
		ReactionNetwork crn = compile(fig1(null), Models.option("waste", "true"));
		// 3 pre-activations + 3 activations + 1 output pair
		assertEquals(16 + 7, crn.getReactions().size());
		assertEquals(SpeciesRole.WASTE, species(crn, "Waste").getRole());
		List<String> wastes = ReactionMultiset.of(crn).stream().filter(r -> r.endsWith("-> Waste")).toList();
		assertEquals(7, wastes.size());
		assertTrue(wastes.contains("y_1_n + y_1_p -> Waste"), wastes.toString());
		assertTrue(wastes.stream().noneMatch(r -> r.startsWith("X")), wastes.toString());
		ReactionNetwork reduced = compile(fig1(null), Models.option("waste", "true"), Models.option("reduce", "true"));
		assertEquals(7 + 1, reduced.getReactions().size());
	}

	@Test
	void portsObservablesAndProvenance() {
		ReactionNetwork crn = compile(fig1(null));
		Port x2 = crn.getPorts().get(1);
		assertEquals("x2", x2.getName());
		assertEquals("X2_p", x2.getPlus().getName());
		assertEquals("X2_n", x2.getMinus().getName());
		MassActionOde ode = new MassActionOde(crn);
		double[] state = ode.initial();
		ode.setInput(state, "x2", -1);
		assertEquals(1.0, ode.get(state, "X2_n"));
		assertEquals(0.0, ode.get(state, "X2_p"));
		assertEquals(List.of("y"), crn.getObservables().stream().map(o -> o.getName()).toList());
		for (Species species : crn.getSpecies()) {
			assertNotNull(species.getProvenance(), species.getName());
			assertEquals(Construction.RATE_INDEPENDENT, species.getProvenance().getConstruction());
		}
		for (Reaction reaction : crn.getReactions()) {
			assertNotNull(reaction.getProvenance());
			assertNotNull(reaction.getProvenance().getStage());
		}
		assertEquals(SpeciesRole.INPUT, species(crn, "X1_p").getRole());
		assertEquals(SpeciesRole.AUXILIARY, species(crn, "M_h_1").getRole());
		assertEquals(SpeciesRole.HIDDEN, species(crn, "h_2_n").getRole());
		assertEquals(SpeciesRole.OUTPUT, species(crn, "y_1_p").getRole());
		assertEquals(2, species(crn, "M_h_3").getProvenance().getUnit());
	}

	private static double[] biases(Random random, int n) {
		double[] b = new double[n];
		for (int i = 0; i < n; i++) {
			b[i] = 3 * random.nextDouble() - 1.5;
		}
		return b;
	}

	private static int molecularity(Reaction reaction) {
		return reaction.getReactants().stream().mapToInt(t -> t.getCoefficient()).sum();
	}

	private static Species species(ReactionNetwork crn, String name) {
		return crn.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
	}
}
