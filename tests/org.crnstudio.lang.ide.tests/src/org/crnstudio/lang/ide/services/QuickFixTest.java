package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.Severity;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.junit.jupiter.api.Test;

/** Every fix applied to the text and re-validated: its problem is gone and no new error appears. */
class QuickFixTest {

	private static Problem problem(CrnDocument document, String code, int occurrence) {
		List<Problem> found = document.problems().stream().filter(p -> p.code().equals(code)).toList();
		assertTrue(found.size() > occurrence, code + " not among " + describe(document));
		return found.get(occurrence);
	}

	private static String describe(CrnDocument document) {
		return document.problems().stream().map(p -> p.line() + ": " + p.code() + " " + p.message()).collect(Collectors.joining("\n"));
	}

	/** Applies the fix and checks: the problem is gone, no new error appears; returns the new document. */
	private static CrnDocument applyAndCheck(CrnDocument document, Problem problem, QuickFix fix) {
		String fixed = TextEdits.apply(document.text(), fix.edits());
		CrnDocument after = Fixtures.parse(fixed);
		long before = count(document, problem.code());
		assertEquals(before - 1, count(after, problem.code()) , fix.label() + " leaves " + problem.code() + ":\n" + fixed + "\n" + describe(after));
		List<String> newErrors = after.problems().stream().filter(p -> p.severity() == Severity.ERROR)
				.map(Problem::code).filter(code -> document.problems().stream().noneMatch(p -> p.code().equals(code))).toList();
		assertEquals(List.of(), newErrors, fix.label() + " brings new errors:\n" + fixed + "\n" + describe(after));
		return after;
	}

	private static long count(CrnDocument document, String code) {
		return document.problems().stream().filter(p -> p.code().equals(code)).count();
	}

	private static QuickFix only(CrnDocument document, Problem problem) {
		List<QuickFix> fixes = Fixtures.SERVICES.quickFixes(document, problem);
		assertFalse(fixes.isEmpty(), "no fix for " + problem);
		return fixes.get(0);
	}

	@Test
	void brokenExampleUndeclaredSpeciesAreDeclaredAfterTheSpeciesLine() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem b = problem(broken, CrnIssueCodes.UNDECLARED_SPECIES, 0);
		QuickFix fix = only(broken, b);
		assertEquals("Declare species B", fix.label());
		CrnDocument after = applyAndCheck(broken, b, fix);
		assertTrue(after.text().contains("    species A = 1\n    species B = 0\n    A + B -> C @ k"), after.text());
		Problem c = problem(broken, CrnIssueCodes.UNDECLARED_SPECIES, 1);
		applyAndCheck(broken, c, only(broken, c));
	}

	@Test
	void brokenExampleUndeclaredParameter() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem k = problem(broken, CrnIssueCodes.UNDECLARED_PARAMETER, 0);
		CrnDocument after = applyAndCheck(broken, k, only(broken, k));
		assertTrue(after.text().contains("crn Broken {\n    parameter k = 1\n    species A = 1\n"), after.text());
	}

	@Test
	void parameterGoesAfterTheLastParameterLine() {
		CrnDocument document = Fixtures.parse("crn A {\n  parameter k1 = 1\n  species X = 1\n  X -> 0 @ k1 * k2\n}\n");
		Problem k2 = problem(document, CrnIssueCodes.UNDECLARED_PARAMETER, 0);
		CrnDocument after = applyAndCheck(document, k2, only(document, k2));
		assertTrue(after.text().startsWith("crn A {\n  parameter k1 = 1\n  parameter k2 = 1\n  species X = 1\n"), after.text());
		assertFalse(after.hasErrors(), describe(after));
	}

	@Test
	void speciesInAOneLineCrn() {
		CrnDocument document = Fixtures.parse("crn A { species X = 1 X -> Y @ 1 }\n");
		Problem y = problem(document, CrnIssueCodes.UNDECLARED_SPECIES, 0);
		CrnDocument after = applyAndCheck(document, y, only(document, y));
		assertFalse(after.hasErrors(), after.text() + describe(after));
	}

	@Test
	void brokenExampleReactionThatChangesNothingIsRemovedWithItsLine() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem nothing = problem(broken, CrnIssueCodes.NO_NET_CHANGE, 0);
		CrnDocument after = applyAndCheck(broken, nothing, only(broken, nothing));
		assertFalse(after.text().contains("A -> A @ 1"), after.text());
		assertEquals(broken.text().split("\n").length - 1, after.text().split("\n").length);
	}

	@Test
	void brokenExampleWeightsArePaddedToTheLayersShape() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem shape = problem(broken, CrnIssueCodes.WEIGHT_SHAPE, 0);
		CrnDocument after = applyAndCheck(broken, shape, only(broken, shape));
		assertTrue(after.text().contains("weights [[1, 1], [1, 1], [0, 0]]"), after.text());
	}

	@Test
	void weightsAreTrimmedToo() {
		CrnDocument document = Fixtures.parse("nn N {\n input a, b\n layer y = dense(1, linear)\n   weights [[1, 2, 3],\n            [4, 5, 6]]\n}\n");
		Problem shape = problem(document, CrnIssueCodes.WEIGHT_SHAPE, 0);
		CrnDocument after = applyAndCheck(document, shape, only(document, shape));
		assertTrue(after.text().contains("weights [[1, 2]]"), after.text());
		assertFalse(after.hasErrors(), describe(after));
	}

	@Test
	void biasIsResized() {
		CrnDocument document = Fixtures.parse("nn N {\n input a\n layer y = dense(2, linear) weights [[1], [2]] bias [0.5]\n}\n");
		Problem bias = problem(document, CrnIssueCodes.BIAS_LENGTH, 0);
		CrnDocument after = applyAndCheck(document, bias, only(document, bias));
		assertTrue(after.text().contains("bias [0.5, 0]"), after.text());
	}

	@Test
	void brokenExampleBinarizeBothWays() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem binary = problem(broken, CrnIssueCodes.NOT_BINARY_WEIGHTS, 0);
		List<QuickFix> fixes = Fixtures.SERVICES.quickFixes(broken, binary);
		assertEquals(2, fixes.size(), fixes.toString());
		CrnDocument option = applyAndCheck(broken, binary, fixes.get(0));
		assertTrue(option.text().contains("with rate_independent(binarize = true)"), option.text());
		CrnDocument rewritten = applyAndCheck(broken, binary, fixes.get(1));
		assertTrue(rewritten.text().contains("weights [[1, -1, 1.0]]"), rewritten.text());
	}

	@Test
	void binarizeReplacesAFalseFlagOrAddsToOptions() {
		String nn = "nn N {\n input a\n layer y = dense(1, linear) weights [[0.5]]\n}\n";
		for (String call : List.of("rate_independent(binarize = false)", "rate_independent(reduce = true)", "rate_independent")) {
			CrnDocument document = Fixtures.parse(nn + "crn C = compile N with " + call + "\n");
			Problem binary = problem(document, CrnIssueCodes.NOT_BINARY_WEIGHTS, 0);
			CrnDocument after = applyAndCheck(document, binary, only(document, binary));
			assertFalse(after.hasErrors(), after.text() + describe(after));
		}
	}

	@Test
	void zeroSmoothingIsSetToOne() {
		CrnDocument document = Fixtures.parse("nn N {\n input a\n layer h = dense(1, smooth_relu(h = 0)) weights [[1]]\n"
				+ " layer y = dense(1, smooth_relu(h = 0)) weights [[1]]\n}\ncrn C = compile N with fixed_point()\n");
		Problem zero = problem(document, CrnIssueCodes.ZERO_SMOOTHING, 0);
		assertEquals(Severity.WARNING, zero.severity());
		CrnDocument after = applyAndCheck(document, zero, only(document, zero));
		assertTrue(after.text().contains("smooth_relu(h = 1)) weights [[1]]\n layer y = dense(1, smooth_relu(h = 1))"), after.text());
		assertTrue(after.problems().isEmpty(), describe(after));
	}

	@Test
	void unknownOptionBecomesTheClosestValidName() {
		CrnDocument document = Fixtures.parse("nn N {\n input a\n layer y = dense(1, linear) weights [[1]]\n}\n"
				+ "crn C = compile N with rate_independent(reduse = true)\n");
		Problem option = problem(document, CrnIssueCodes.UNKNOWN_OPTION, 0);
		QuickFix fix = only(document, option);
		assertEquals("Change to reduce", fix.label());
		CrnDocument after = applyAndCheck(document, option, fix);
		assertFalse(after.hasErrors(), describe(after));
	}

	@Test
	void unknownActivationAndMethodBecomeTheClosestName() {
		CrnDocument document = Fixtures.parse("nn N {\n input a\n layer y = dense(1, rellu) weights [[1]]\n}\n"
				+ "crn L { species A = 1 A -> 0 @ 1 }\nsimulation S {\n of L\n method odee\n until 1\n}\n");
		Problem activation = problem(document, CrnIssueCodes.UNKNOWN_ACTIVATION, 0);
		assertEquals("Change to relu", only(document, activation).label());
		applyAndCheck(document, activation, only(document, activation));
		Problem method = problem(document, CrnIssueCodes.UNKNOWN_METHOD, 0);
		assertEquals("Change to ode", only(document, method).label());
		applyAndCheck(document, method, only(document, method));
	}

	@Test
	void problemsWithoutObviousFixOfferNone() {
		CrnDocument broken = Fixtures.example("broken.crn");
		Problem rate = problem(broken, CrnIssueCodes.NON_POSITIVE_RATE, 0);
		assertEquals(List.of(), Fixtures.SERVICES.quickFixes(broken, rate));
	}

	@Test
	void closestNamesRankByEditDistance() {
		assertEquals(List.of("reduce", "rate"), ClosestNames.to("reduse", List.of("rate", "reduce"), 2));
		assertEquals(2, ClosestNames.distance("abc", "abd"));
		assertEquals(1, ClosestNames.distance("Abc", "abc"));
		assertEquals(0, ClosestNames.distance("x", "x"));
	}
}
