package org.crnstudio.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example parses unchanged; broken.crn reports exactly the problems its comments list. */
class ExamplesParseTest {

	@ParameterizedTest
	@ValueSource(strings = { "lotka-volterra.crn", "fixed-point.crn", "rate-independent.crn", "neural-crn-linreg.crn",
			"one-pot-xor.crn", "birth-death.crn" })
	void exampleHasNoDiagnostics(String name) {
		LoadedFile file = Examples.load(name);
		assertEquals("", file.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
		assertFalse(file.hasErrors());
		assertNotNull(file.model());
		assertTrue(file.model().getDeclarations().size() >= 2, name + " declares at least two things");
	}

	@Test
	void everyExampleIsCovered() {
		assertEquals(List.of("birth-death.crn", "broken.crn", "fixed-point.crn", "lotka-volterra.crn", "neural-crn-linreg.crn",
				"one-pot-xor.crn", "rate-independent.crn"), Examples.names().toList());
	}

	@Test
	void brokenReportsExactlyItsSevenProblems() {
		LoadedFile file = Examples.load("broken.crn");
		List<Diagnostic> diagnostics = file.diagnostics();
		String all = diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
		assertEquals(7, diagnostics.size(), all);
		assertTrue(diagnostics.stream().allMatch(d -> d.severity() == Severity.ERROR), all);
		assertEquals(List.of(6, 6, 6, 7, 8, 13, 17), diagnostics.stream().map(Diagnostic::line).toList(), all);

		assertProblem(diagnostics.get(0), 6, 9, CrnIssueCodes.UNDECLARED_SPECIES, List.of("B", "species", "Broken"));
		assertProblem(diagnostics.get(1), 6, 14, CrnIssueCodes.UNDECLARED_SPECIES, List.of("C", "species", "Broken"));
		assertProblem(diagnostics.get(2), 6, 18, CrnIssueCodes.UNDECLARED_PARAMETER, List.of("k", "parameter", "Broken"));
		assertEquals(CrnIssueCodes.NO_NET_CHANGE, diagnostics.get(3).code());
		assertEquals(CrnIssueCodes.NON_POSITIVE_RATE, diagnostics.get(4).code());
		assertEquals(CrnIssueCodes.WEIGHT_SHAPE, diagnostics.get(5).code());
		assertEquals(List.of("h", "3", "2", "2", "2"), diagnostics.get(5).data());
		assertTrue(diagnostics.get(5).message().contains("layer h has 3 units and 2 inputs, so weights must be 3 x 2; found 2 x 2"),
				diagnostics.get(5).message());
		assertEquals(CrnIssueCodes.NOT_BINARY_WEIGHTS, diagnostics.get(6).code());
		assertTrue(diagnostics.get(6).data().contains("binarize"), diagnostics.get(6).data().toString());
		assertTrue(diagnostics.get(0).format().startsWith(Examples.file("broken.crn") + ":6:9: error: "),
				diagnostics.get(0).format());
	}

	private static void assertProblem(Diagnostic diagnostic, int line, int column, String code, List<String> data) {
		assertEquals(line, diagnostic.line(), diagnostic.format());
		assertEquals(column, diagnostic.column(), diagnostic.format());
		assertEquals(code, diagnostic.code(), diagnostic.format());
		assertEquals(data, diagnostic.data(), diagnostic.format());
	}
}
