package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {

	@Test
	void brokenExampleReportsEveryProblemOfItsCommentsAndExitsOne() {
		CommandRun run = CommandRun.of("check", CommandRun.example("broken.crn").toString());
		assertEquals(1, run.exitCode(), run.toString());
		List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
		assertEquals(7, lines.size(), run.toString());
		// The lines the file's comments name: 6 (B, C and k), 7, 8, 13 and 17.
		List<Integer> reportedLines = lines.stream().map(CheckCommandTest::lineOf).sorted().toList();
		assertEquals(List.of(6, 6, 6, 7, 8, 13, 17), reportedLines, run.toString());
		assertTrue(lines.stream().allMatch(l -> l.contains(": error: ")), run.toString());
		String text = run.err();
		assertTrue(text.contains("'B'") || text.contains(" B "), text);
		assertTrue(text.contains("'k'") || text.contains(" k "), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "lotka-volterra.crn", "fixed-point.crn", "rate-independent.crn", "one-pot-xor.crn",
			"neural-crn-linreg.crn" })
	void validExamplesHaveNoErrors(String example) {
		CommandRun run = CommandRun.of("check", CommandRun.example(example).toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(!run.err().contains(": error: "), run.toString());
	}

	@Test
	void aMissingFileIsAClearErrorNotACrash() {
		CommandRun run = CommandRun.of("check", "/nonexistent/none.crn");
		assertEquals(1, run.exitCode());
		assertEquals("/nonexistent/none.crn: error: no such file", run.err().strip());
	}

	/** FILE:LINE:COL: ... -> LINE */
	private static int lineOf(String diagnostic) {
		String afterFile = diagnostic.substring(diagnostic.indexOf(".crn:") + 5);
		return Integer.parseInt(afterFile.substring(0, afterFile.indexOf(':')));
	}
}
