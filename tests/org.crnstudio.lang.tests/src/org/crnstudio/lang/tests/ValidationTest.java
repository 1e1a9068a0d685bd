package org.crnstudio.lang.tests;

import static org.crnstudio.lang.validation.CrnIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.Severity;
import org.junit.jupiter.api.Test;

/** Each validation rule on a small snippet: the bad variant reports it (code, line, data), the good one nothing. */
class ValidationTest {

	private static final String NN = "nn N {\n input x1, x2\n layer h = dense(2, relu) weights [[1, -1], [-1, 1]]\n"
			+ " layer y = dense(1, linear) weights [[1, -1]]\n}\n";
	/** NN with the activations fixed_point builds. */
	private static final String SMOOTH_NN = NN.replace("relu", "smooth_relu").replace("linear", "smooth_relu");
	private static final String ODE = "ode O {\n input x1, x2 : positive\n state z\n parameter a = 1 : positive\n"
			+ " z' = a * x1\n output yhat = z\n}\n";

	@Test
	void undeclaredNamesCarryNameKindAndCrn() {
		Diagnostic species = only("crn C {\n species A\n A -> B @ 1\n}", UNDECLARED_SPECIES, 3);
		assertEquals(List.of("B", "species", "C"), species.data());
		Diagnostic parameter = only("crn C {\n species A\n A -> 0 @ 2 * k\n}", UNDECLARED_PARAMETER, 3);
		assertEquals(List.of("k", "parameter", "C"), parameter.data());
		clean("crn C {\n parameter k = 1\n species A, B\n A -> B @ 2 * k\n}");
		// rates see parameters only, not species
		only("crn C {\n species A\n A -> 0 @ A\n}", UNDECLARED_PARAMETER, 3);
		only("crn C {\n species A\n observable o = A + q\n}", UNDECLARED_SYMBOL, 3);
		clean("crn C {\n parameter q = 1\n species A\n observable o = A + q\n}");
	}

	@Test
	void duplicateNames() {
		assertEquals(List.of("X", "species"), only("crn C {\n species X,\n X\n}", DUPLICATE_NAME, 3).data());
		only("crn C {\n parameter X = 1\n species X\n}", DUPLICATE_NAME, 3);
		only("crn C {\n species A\n}\ncrn C {\n species B\n}", DUPLICATE_NAME, 4);
		only("nn N {\n input x\n layer x = dense(1, linear)\n}", DUPLICATE_NAME, 3);
		clean("crn C {\n species X, Y\n}");
	}

	@Test
	void nonPositiveConstantRates() {
		assertEquals(List.of("-2.0"), only("crn C {\n species A\n A -> 0 @ -2\n}", NON_POSITIVE_RATE, 3).data());
		only("crn C {\n species A\n A -> 0 @ 0\n}", NON_POSITIVE_RATE, 3);
		only("crn C {\n parameter k = 0.5\n species A\n A -> 0 @ 1 - 2 * k\n}", NON_POSITIVE_RATE, 4);
		only("crn C {\n species A, B\n A <-> B @ 1, -1e-3\n}", NON_POSITIVE_RATE, 3);
		clean("crn C {\n parameter k = 0.5\n species A\n A -> 0 @ sqrt(4) * k ^ 2\n}");
	}

	@Test
	void reactionsWithoutNetChange() {
		only("crn C {\n species A, B\n A + B -> B + A @ 1\n}", NO_NET_CHANGE, 3);
		only("crn C {\n species A\n 2 A -> A + A @ 1\n}", NO_NET_CHANGE, 3);
		clean("crn C {\n species A\n A -> 2 A @ 1\n 0 -> A @ 1\n}");
	}

	@Test
	void reversibleRatesAndComplexes() {
		only("crn C {\n species A, B\n A <-> B @ 1\n}", MISSING_REVERSE_RATE, 3);
		only("crn C {\n species A, B\n A -> B @ 1, 2\n}", UNEXPECTED_REVERSE_RATE, 3);
		only("crn C {\n species A\n A -> 1 @ 1\n}", EMPTY_COMPLEX, 3);
		only("crn C {\n species A, B\n A -> 0 B @ 1\n}", ZERO_COEFFICIENT, 3);
		only("crn C {\n species A = -1\n}", NEGATIVE_INITIAL, 2);
		only("crn C {\n species A\n A -> 0 @ foo(1)\n}", UNKNOWN_FUNCTION, 3);
		only("crn C {\n species A\n A -> 0 @ min(1)\n}", FUNCTION_ARITY, 3);
		clean("crn C {\n species A, B\n A <-> B @ 1, 2\n}");
	}

	@Test
	void weightShapeAndBiasLength() {
		Diagnostic shape = only("nn N {\n input a, b\n layer h = dense(3, relu)\n weights [[1, 2, 3], [4, 5, 6]]\n}",
				WEIGHT_SHAPE, 4);
		assertTrue(shape.message().contains("layer h has 3 units and 2 inputs, so weights must be 3 x 2; found 2 x 3"),
				shape.message());
		assertEquals(List.of("h", "3", "2", "2", "3"), shape.data());
		only("nn N {\n input a, b\n layer h = dense(2, relu) weights [[1, 2], [3]]\n}", WEIGHT_SHAPE, 3);
		assertEquals(List.of("h", "2", "1"),
				only("nn N {\n input a\n layer h = dense(2, relu) weights [[1], [2]] bias [0.5]\n}", BIAS_LENGTH, 3).data());
		clean("nn N {\n input a\n layer h = dense(2, relu) weights [[1], [2]] bias [0.5, -0.5]\n}");
	}

	@Test
	void rateIndependentNeedsBinaryWeightsReluAndLinear() {
		String nn = "nn N {\n input x\n layer h = dense(1, relu) weights [[0.5]]\n layer y = dense(1, linear) weights [[1]]\n}\n";
		assertEquals(List.of("R", "N", "binarize", "true"),
				only(nn + "crn R = compile N with rate_independent()", NOT_BINARY_WEIGHTS, 6).data());
		clean(nn + "crn R = compile N with rate_independent(binarize = true)");
		clean(nn + "crn R = compile N with rate_independent(binarize)");
		only(nn.replace("linear", "relu") + "crn R = compile N with rate_independent(binarize)",
				RATE_INDEPENDENT_ACTIVATION, 6);
		only("nn N {\n input x\n layer y = dense(1, linear)\n}\ncrn R = compile N with rate_independent()", MISSING_WEIGHTS, 5);
	}

	@Test
	void zeroSmoothingWarnsForFixedPointAndOnePot() {
		String nn = "nn N {\n input x\n layer y = dense(1, smooth_relu(h = 0)) weights [[1]]\n}\n";
		Diagnostic warning = only(nn + "crn F = compile N with fixed_point()", ZERO_SMOOTHING, 5);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(List.of("N", "y", "h", "1"), warning.data());
		clean(nn.replace("h = 0", "h = 1") + "crn F = compile N with fixed_point()");
		String training = "dataset D {\n inputs x\n targets y\n row 1 -> 1\n}\n"
				+ "training T {\n of N on D\n method one_pot(eta = 0.01)\n}";
		assertEquals(Severity.WARNING, only(nn + training, ZERO_SMOOTHING, 12).severity());
	}

	@Test
	void onePotTrainingTakesTheNoiseOptions() {
		String nn = "nn N {\n input x\n layer y = dense(1, smooth_relu(h = 1)) weights [[1]]\n}\n";
		String training = "dataset D {\n inputs x\n targets y\n row 1 -> 1\n}\n"
				+ "training T {\n of N on D\n method one_pot(eta = 0.01, noise_eps = 0.3, noise_t0 = 0.05, noise_t1 = 0.005,"
				+ " noise_rates = true, noise_forward, noise_absolute = false, noise_nodes)\n}";
		clean(nn + training);
		only(nn + training.replace("noise_eps = 0.3", "noise_eps = -0.3"), INVALID_OPTION_VALUE, 12);
		Diagnostic window = only(nn + training.replace("noise_t1 = 0.005", "noise_t1 = 0.5"), INVALID_OPTION_VALUE, 12);
		assertTrue(window.message().contains("noise_t1 = 0.5 is longer than noise_t0 = 0.05"), window.message());
	}

	@Test
	void fixedPointAndOnePotBuildOnlyTheirActivations() {
		String nn = "nn N {\n input x\n layer h = dense(1, relu) weights [[1]]\n layer y = dense(1, smooth_relu(h = 1)) weights [[1]]\n}\n";
		Diagnostic error = only(nn + "crn F = compile N with fixed_point()", CONSTRUCTION_ACTIVATION, 6);
		assertEquals(List.of("fixed_point", "N", "h", "relu", "smooth_relu, poly_relu"), error.data());
		clean(nn + "crn P = compile N with one_pot()");
		clean(nn.replace("relu)", "poly_relu(h = 1, q = 3))") + "crn F = compile N with fixed_point()");
		clean(nn.replace("dense(1, relu)", "dense(1, sigmoid)") + "crn P = compile N with one_pot()");
		clean(nn.replace("dense(1, relu)", "dense(1, tanh)") + "crn P = compile N with one_pot()");
		clean(nn.replace("dense(1, relu)", "dense(1, leaky_relu(slope = 0.1))") + "crn P = compile N with one_pot(leaky_h = 1e-6)");
		assertEquals(List.of("one_pot", "N", "h", "poly_relu", "smooth_relu, relu, leaky_relu, sigmoid, tanh"),
				only(nn.replace("dense(1, relu)", "dense(1, poly_relu(h = 1, q = 3))") + "crn P = compile N with one_pot()",
						CONSTRUCTION_ACTIVATION, 6).data());
	}

	@Test
	void negativeInputsToSingleRailConstructions() {
		String fixed = NN.replace("relu", "smooth_relu").replace("linear", "smooth_relu")
				+ "crn F = compile N with fixed_point()\nsimulation S {\n of F\n input x1 = -1, x2 = 1\n}";
		assertEquals(List.of("x1", "-1.0", "fixed_point"), only(fixed, NEGATIVE_INPUT, 9).data());
		clean(NN + "crn R = compile N with rate_independent()\nsimulation S {\n of R\n input x1 = -1, x2 = 1\n}");
		only(ODE + "crn L = compile O with neural_crn()\nsimulation S {\n of L\n input x1 = -0.5\n}", NEGATIVE_INPUT, 11);
		clean(ODE.replace(" : positive\n state", "\n state") + "crn L = compile O with neural_crn()\nsimulation S {\n of L\n input x1 = -0.5\n}");
	}

	@Test
	void odeMonomialDegree() {
		Diagnostic warning = only(ODE.replace("a * x1", "a * z^2"), HIGH_DEGREE_MONOMIAL, 5);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(List.of("z", "3"), warning.data());
		assertTrue(warning.message().contains("degree 3 (in a * z^2)"), warning.message());
		Diagnostic product = only(ODE.replace("a * x1", "x1 * x2 * z - z"), HIGH_DEGREE_MONOMIAL, 5);
		assertTrue(product.message().contains("degree 3 (in x1 * x2 * z)"), product.message());
		// the cubic term of a sum is the one named (neural_crn compiles it to the trimolecular 3 Z -> 2 Z)
		Diagnostic cubic = only(ODE.replace("a * x1", "a * x1 + a - z^3"), HIGH_DEGREE_MONOMIAL, 5);
		assertEquals(List.of("z", "3"), cubic.data());
		assertTrue(cubic.message().contains("degree 3 (in z^3)"), cubic.message());
		only(ODE.replace("a * x1", "z / a"), NOT_POLYNOMIAL, 5);
		clean(ODE.replace("a * x1", "z^2 / 2 - (x1 - x2) * 3"));
		only(ODE.replace(" z' = a * x1\n", ""), MISSING_EQUATION, 3);
	}

	@Test
	void simulationOfUnknownNetwork() {
		assertEquals(List.of("Nope"), only("simulation S {\n of Nope\n until 1\n}", UNKNOWN_NETWORK, 2).data());
		only(NN + "simulation S {\n of N\n}", WRONG_KIND, 7);
	}

	@Test
	void simulationNames() {
		String crn = "crn C {\n species A\n observable o = 2 * A\n}\n";
		clean(crn.replace("observable", "A -> 0 @ 1 when C2\n observable")
				+ "simulation S {\n of C\n set A = 2\n plot A, o\n at 3 set A = 1\n at 4 phase C2\n}");
		assertEquals(List.of("Z", "set", "A"), only(crn + "simulation S {\n of C\n set Z = 2\n}", UNKNOWN_SIMULATION_NAME, 7).data());
		only(crn + "simulation S {\n of C\n plot A, q\n}", UNKNOWN_SIMULATION_NAME, 7);
		only(crn + "simulation S {\n of C\n input A = 1\n}", UNKNOWN_SIMULATION_NAME, 7);
		String compiled = NN + "crn R = compile N with rate_independent()\n";
		clean(compiled + "simulation S {\n of R\n input x1 = 1\n plot y, anything\n}");
		only(compiled + "simulation S {\n of R\n input x3 = 1\n}", UNKNOWN_SIMULATION_NAME, 9);
	}

	@Test
	void datasetColumnsMatchTheModel() {
		String data = "dataset D {\n inputs a, b\n targets y\n row 1, 2 -> 3\n}\n";
		Diagnostic mismatch = only(NN + data + "training T {\n of N on D\n method one_pot()\n}", DATASET_MISMATCH, 12);
		assertEquals(List.of("D", "N", "x1,x2", "1"), mismatch.data());
		clean(NN + data.replace("a, b", "x1, x2") + "training T {\n of N on D\n method one_pot()\n}");
		only(NN + data.replace("a, b", "x1, x2").replace("targets y", "targets y, w").replace("-> 3", "-> 3, 4")
				+ "training T {\n of N on D\n method one_pot()\n}", DATASET_MISMATCH, 12);
		only("dataset D {\n inputs a\n targets y\n row 1, 2 -> 3\n}", ROW_LENGTH, 4);
	}

	@Test
	void trainingMethodFitsTheModel() {
		String data = "dataset D {\n inputs x1, x2\n targets y\n row 1, 2 -> 3\n}\n";
		Diagnostic onePot = only(ODE + data + "training T {\n of O on D\n method one_pot()\n}", METHOD_MISMATCH, 15);
		assertEquals(List.of("one_pot", "O", "ode", "neural_crn"), onePot.data());
		only(NN + data + "training T {\n of N on D\n method neural_crn()\n}", METHOD_MISMATCH, 13);
		clean(ODE + data + "training T {\n of O on D\n method neural_crn(eta = 0.1)\n epochs 3\n seed 2\n}");
		clean(ODE + data + "training T {\n of O on D\n method neural_crn(gradient = first_order)\n epochs 3\n}");
		Diagnostic gradient = only(ODE + data + "training T {\n of O on D\n method neural_crn(gradient = exact)\n epochs 3\n}",
				INVALID_OPTION_VALUE, 15);
		assertTrue(gradient.message().contains("expected one of adjoint, first_order, found exact"), gradient.message());
		only(NN + data + "training T {\n of N on D\n method sgd()\n}", UNKNOWN_METHOD, 13);
	}

	@Test
	void oneHotTargetsCountOneTargetPerClassAndSplitNeedsTrainingSamples() {
		// three classes (0, 1, 2) in the rows: a 3-output network fits, the 1-output N does not
		String classes = "dataset D {\n inputs x1, x2\n targets c : onehot(high = 10, low = 1)\n row 1, 2 -> 2\n"
				+ " row 0, 1 -> 0\n row 3, 1 -> 1\n}\n";
		String threeOut = NN.replace("dense(1, linear) weights [[1, -1]]", "dense(3, linear) weights [[1, -1], [1, 1], [0, 1]]");
		clean(threeOut + classes + "training T {\n of N on D\n method binary_connect()\n epochs 3\n split 2 / 1\n}");
		only(NN + classes + "training T {\n of N on D\n method binary_connect()\n}", DATASET_MISMATCH, 14);
		only(threeOut + classes.replace("targets c :", "targets c, d :"), ONEHOT_COLUMNS, 8);
		only(threeOut + classes.replace("onehot(high = 10, low = 1)", "onehot(level = 1)"), UNKNOWN_OPTION, 8);
		only(threeOut + classes + "training T {\n of N on D\n method backprop()\n split 0 / 2\n}", INVALID_OPTION_VALUE, 16);
	}

	@Test
	void splitAboveTheInlineRowsNamesBothNumbers() {
		String classes = "dataset D {\n inputs x1, x2\n targets c : onehot\n row 1, 2 -> 2\n row 0, 1 -> 0\n row 3, 1 -> 1\n}\n";
		String threeOut = NN.replace("dense(1, linear) weights [[1, -1]]", "dense(3, linear) weights [[1, -1], [1, 1], [0, 1]]");
		Diagnostic split = only(threeOut + classes + "training T {\n of N on D\n method binary_connect()\n epochs 3\n split 3 / 1\n}",
				INVALID_OPTION_VALUE, 17);
		assertTrue(split.message().contains("split 3 / 1 needs 4 rows, but dataset D has 3"), split.message());
		clean(threeOut + classes + "training T {\n of N on D\n method binary_connect()\n epochs 3\n split 2 / 1\n}");
	}

	@Test
	void constructionsAndOptions() {
		Diagnostic option = only(SMOOTH_NN + "crn F = compile N with fixed_point(speed = 2)", UNKNOWN_OPTION, 6);
		assertTrue(option.message().contains("valid options: rate, rails, margin, shared_h"), option.message());
		assertEquals(List.of("speed", "fixed_point", "rate", "rails", "margin", "shared_h"), option.data());
		only(SMOOTH_NN + "crn F = compile N with fixed_point(rate = -1)", INVALID_OPTION_VALUE, 6);
		only(SMOOTH_NN + "crn F = compile N with fixed_point(rails = wobbly)", INVALID_OPTION_VALUE, 6);
		clean(SMOOTH_NN + "crn F = compile N with fixed_point(rate = 2, rails = exact, shared_h = true)");
		only(NN + "crn F = compile N with magic()", UNKNOWN_CONSTRUCTION, 6);
		only(NN + "crn F = compile N with neural_crn()", CONSTRUCTION_MISMATCH, 6);
		clean(ODE + "crn L = compile O with neural_crn(gradient = adjoint, T = 2)");
		only(ODE + "crn L = compile O with neural_crn(gradient = 1)", INVALID_OPTION_VALUE, 8);
		only("nn N {\n input x\n layer y = dense(1, swish)\n}", UNKNOWN_ACTIVATION, 3);
		only("nn N {\n input x\n layer y = dense(1, smooth_relu(k = 2))\n}", UNKNOWN_OPTION, 3);
		only("crn C {\n species A\n}\nsimulation S {\n of C\n method ode(stiff, rtol = 1e-8, tol = 1)\n}", UNKNOWN_OPTION, 6);
		clean("crn C {\n species A\n}\nsimulation S {\n of C\n method ssa(volume = 100, runs = 10)\n noise(eps = 0.1)\n"
				+ " seed 3\n until steady(tol = 1e-6)\n points 20\n observe A\n}");
	}

	@Test
	void syntaxAndNumberErrors() {
		Diagnostic syntax = only("crn C {\n species A\n A -> @ 1\n}", SYNTAX, 3);
		assertEquals(Severity.ERROR, syntax.severity());
		List<Diagnostic> fraction = check("crn C {\n species A, B\n 2.5 A -> B @ 1\n}");
		assertTrue(fraction.stream().anyMatch(d -> d.line() == 3 && d.message().contains("whole number")),
				fraction.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
		clean("crn C {\n species A = 1e-6, B = 2.5e+3, D = 1.0E-6\n A -> B @ 1E2\n}");
	}

	// ------------------------------------------------------------------ helpers

	static List<Diagnostic> check(String text) {
		return Examples.LOADER.load(text, "snippet.crn").diagnostics();
	}

	/** Asserts that the text has exactly one diagnostic, with this code and line, and returns it. */
	private static Diagnostic only(String text, String code, int line) {
		List<Diagnostic> diagnostics = check(text);
		String all = diagnostics.stream().map(d -> d.format() + " [" + d.code() + "]").collect(Collectors.joining("\n"));
		assertEquals(1, diagnostics.size(), all);
		assertEquals(code, diagnostics.get(0).code(), all);
		assertEquals(line, diagnostics.get(0).line(), all);
		return diagnostics.get(0);
	}

	private static void clean(String text) {
		assertEquals("", check(text).stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
	}
}
