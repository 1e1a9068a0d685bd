package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3's bad inputs through {@code crn check} and {@code crn compile}: each is reported as a diagnostic at its
 * line that names the element and what would be valid, and no command prints an exception or a stack trace.
 */
class BadInputTest {

	private static final String SMALL = """
			nn N {
			    input d1, d2
			    layer hidden = dense(2, smooth_relu(h = 1)) weights [[0.5, -1], [1, 0.3]]
			    layer out = dense(1, smooth_relu(h = 1)) weights [[1, -0.5]]
			}
			""";
	private static final String SIGNS = """
			nn N {
			    input x1, x2
			    layer h = dense(2, relu) weights [[1, -1], [-1, 1]]
			    layer y = dense(1, linear) weights [[1, -1]]
			}
			""";

	/** name, file text, crn to compile, check's exit code, the line reported, what the message must say. */
	static Stream<Arguments> badInputs() {
		return Stream.of(
				Arguments.of("weight shape", SMALL.replace("[[1, -0.5]]", "[[1, -0.5, 2]]") + "crn C = compile N with fixed_point()\n",
						1, 4, List.of("layer out has 1 units and 2 inputs", "weights must be 1 x 2", "found 1 x 3")),
				Arguments.of("bias length", SMALL.replace("[[1, -0.5]]", "[[1, -0.5]] bias [0.1, 0.2]") + "crn C = compile N with fixed_point()\n",
						1, 4, List.of("layer out", "bias needs 1 values; found 2")),
				Arguments.of("non-binary weights", SIGNS.replace("[[1, -1]]", "[[0.5, -1]]") + "crn C = compile N with rate_independent()\n",
						1, 6, List.of("rate_independent needs weights +1 or -1", "y[0][0] = 0.5", "binarize = true", "fixed_point")),
				Arguments.of("negative input to a single rail", SMALL + "crn C = compile N with fixed_point()\n"
						+ "simulation S {\n    of C\n    input d1 = -1, d2 = 1\n    until 10\n}\n",
						1, 9, List.of("Input d1 = -1.0 is negative", "fixed_point carries it on a single rail", "values >= 0 only",
								"use rate_independent for signed inputs")),
				Arguments.of("h = 0", SMALL.replace("h = 1)) weights [[0.5", "h = 0)) weights [[0.5") + "crn C = compile N with fixed_point()\n",
						0, 6, List.of("warning", "h = 0 in layer hidden of N", "use h > 0")),
				Arguments.of("unknown fixed_point option", SMALL + "crn C = compile N with fixed_point(margn = 2)\n",
						1, 6, List.of("Unknown option margn of fixed_point", "valid options: ", "margin", "rails", "shared_h")),
				Arguments.of("unknown rate_independent option", SIGNS + "crn C = compile N with rate_independent(reduced = true)\n",
						1, 6, List.of("Unknown option reduced of rate_independent", "valid options: ", "reduce", "binarize", "waste")),
				Arguments.of("relu output for rate_independent", SIGNS.replace("dense(1, linear)", "dense(1, relu)")
						+ "crn C = compile N with rate_independent()\n",
						1, 6, List.of("rate_independent needs a linear output layer", "layer y of N is relu")),
				Arguments.of("relu layer for fixed_point", SMALL.replace("dense(2, smooth_relu(h = 1))", "dense(2, relu)")
						+ "crn C = compile N with fixed_point()\n",
						1, 6, List.of("fixed_point builds smooth_relu or poly_relu on every layer", "layer hidden of N is relu")),
				Arguments.of("rate_independent without weights", SIGNS.replace(" weights [[1, -1]]\n", "\n")
						+ "crn C = compile N with rate_independent()\n",
						1, 6, List.of("layer y of N has none", "give weights, or train it first")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void checkAndCompileReportTheProblemWithoutATrace(String name, String text, int checkExit, int line, List<String> says,
			@TempDir Path folder) throws IOException {
		Path file = folder.resolve("bad.crn");
		Files.writeString(file, text);

		CommandRun check = CommandRun.of("check", file.toString());
		assertEquals(checkExit, check.exitCode(), check.toString());
		String diagnostic = check.err().lines().filter(l -> l.startsWith(file + ":" + line + ":")).findFirst()
				.orElseThrow(() -> new AssertionError("no diagnostic at line " + line + "\n" + check));
		for (String part : says) {
			assertTrue(diagnostic.contains(part), "'" + part + "' missing in " + diagnostic);
		}
		assertNoTrace(check);

		CommandRun compile = CommandRun.of("compile", file.toString(), "--crn", "C");
		assertNoTrace(compile);
		if (checkExit == 0) {
			assertEquals(0, compile.exitCode(), compile.toString());
			assertTrue(compile.out().contains("crn C {"), compile.toString());
		} else {
			assertEquals(1, compile.exitCode(), compile.toString());
			assertTrue(compile.err().contains(diagnostic), compile.toString());
			assertTrue(compile.err().contains("nothing was run (crn check " + file + " lists them)"), compile.toString());
			assertEquals("", compile.out(), compile.toString());
		}
	}

	private static void assertNoTrace(CommandRun run) {
		String all = run.out() + run.err();
		assertFalse(all.contains("Exception"), run.toString());
		assertFalse(all.contains("\tat "), run.toString());
		assertFalse(all.contains("internal error"), run.toString());
	}
}
