package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * crn agree on a small hand-written binary-weight network: the rate-independent CRN (reduced and not) computes the
 * network exactly at its limit, so every sample must agree; the network's outputs are checked against the
 * arithmetic done here by hand.
 */
class AgreeCommandTest {

	private static final double[][] W1 = { { 1, -1 }, { -1, 1 }, { 1, 1 } };
	private static final double[] B1 = { 0, 0.5, -1 };
	private static final double[][] W2 = { { 1, -1, 1 }, { -1, 1, 1 } };
	private static final double[] B2 = { 0, 0.5 };
	private static final double[][] INPUTS = { { 2, 1 }, { 0.5, 2 }, { 1, 1 }, { 3, 0.2 }, { 0.1, 0.3 }, { -1, 0.5 } };
	/** Class labels: the network gets all but the third (labelled 0, the network says 1). */
	private static final int[] LABELS = { 0, 1, 0, 0, 1, 1 };

	private static final String TEXT = """
			nn Tiny {
			    input x1, x2
			    layer h = dense(3, relu)   weights [[1, -1], [-1, 1], [1, 1]] bias [0, 0.5, -1]
			    layer y = dense(2, linear) weights [[1, -1, 1], [-1, 1, 1]] bias [0, 0.5]
			}
			crn TinyCrn     = compile Tiny with rate_independent(reduce = false)
			crn TinyReduced = compile Tiny with rate_independent(reduce = true)
			dataset Points {
			    inputs x1, x2
			    targets label : onehot
			    row 2, 1 -> 0
			    row 0.5, 2 -> 1
			    row 1, 1 -> 0
			    row 3, 0.2 -> 0
			    row 0.1, 0.3 -> 1
			    row -1, 0.5 -> 1
			}
			""";

	@Test
	void everySampleAgreesAndTheCsvHoldsTheNetworksOutputs(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("tiny.crn");
		Files.writeString(file, TEXT);
		for (String crn : new String[] { "TinyCrn", "TinyReduced" }) {
			Path csv = folder.resolve(crn + ".csv");
			CommandRun run = CommandRun.of("agree", file.toString(), "--crn", crn, "--data", "Points", "--out", csv.toString());
			assertEquals(0, run.exitCode(), run.toString());
			assertTrue(run.err().contains(crn + " on Points: CRN argmax = network argmax on 6/6 samples (100.00%)"), run.err());
			assertTrue(run.err().contains("accuracy: network 83.33%, CRN 83.33%"), run.err());
			List<String> lines = Files.readAllLines(csv);
			assertEquals("sample,target_class,network_class,crn_class,agree,max_abs_difference,decision_time,"
					+ "network_y1,network_y2,crn_y1,crn_y2", lines.get(0));
			assertEquals(1 + INPUTS.length, lines.size());
			for (int n = 0; n < INPUTS.length; n++) {
				double[] row = Arrays.stream(lines.get(n + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
				double[] expected = byHand(INPUTS[n]);
				int expectedClass = expected[0] > expected[1] ? 0 : 1;
				assertEquals(n + 1, row[0]);
				assertEquals(LABELS[n], row[1]);
				assertEquals(expectedClass, row[2], "network class of sample " + (n + 1));
				assertEquals(expectedClass, row[3], "CRN class of sample " + (n + 1));
				assertEquals(1, row[4]);
				assertEquals(expected[0], row[7], 1e-12);
				assertEquals(expected[1], row[8], 1e-12);
				// the CRN at t = 50 is near its limit: within 1e-3 when no ReLU input is 0; sample 3 has one unit at
				// exactly 0 (x1 - x2), where X+ and X- annihilate bimolecularly and the error decays only like 1/t
				double tolerance = n == 2 ? 0.05 : 1e-3;
				assertEquals(expected[0], row[9], tolerance, crn + " sample " + (n + 1));
				assertEquals(expected[1], row[10], tolerance, crn + " sample " + (n + 1));
				assertTrue(row[5] < tolerance && row[6] >= 0 && row[6] <= 50, lines.get(n + 1));
			}
		}
	}

	@Test
	void withoutOutTheCsvGoesToStandardOutput(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("tiny.crn");
		Files.writeString(file, TEXT);
		CommandRun run = CommandRun.of("agree", file.toString(), "--crn", "TinyReduced", "--data", "Points");
		assertEquals(0, run.exitCode(), run.toString());
		List<String> lines = run.out().lines().toList();
		assertEquals(7, lines.size(), run.out());
		assertTrue(lines.get(0).startsWith("sample,target_class"), lines.get(0));
	}

	@Test
	void anUnknownDataSetOrCrnIsAClearErrorAndWritesNothing(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("tiny.crn");
		Files.writeString(file, TEXT);
		Path csv = folder.resolve("report.csv");
		CommandRun data = CommandRun.of("agree", file.toString(), "--crn", "TinyCrn", "--data", "Iris", "--out", csv.toString());
		assertEquals(1, data.exitCode(), data.toString());
		assertTrue(data.err().contains(file + ": error: no dataset named 'Iris'") && data.err().contains("Points"), data.err());
		CommandRun crn = CommandRun.of("agree", file.toString(), "--crn", "Tiny", "--data", "Points", "--out", csv.toString());
		assertEquals(1, crn.exitCode(), crn.toString());
		assertTrue(crn.err().contains("no crn named 'Tiny'") && crn.err().contains("TinyCrn"), crn.err());
		assertFalse(Files.exists(csv));
	}

	@Test
	void aDataSetWithOtherInputsNamesItsLine(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("tiny.crn");
		Files.writeString(file, TEXT + "dataset One {\n    inputs x1\n    targets t\n    row 1 -> 0\n}\n");
		CommandRun run = CommandRun.of("agree", file.toString(), "--crn", "TinyCrn", "--data", "One");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains(file + ":18: error: dataset One has 1 inputs (x1), but Tiny has 2 (x1, x2)"), run.err());
	}

	/** The network by hand: ReLU(W1 x + b1), then W2 h + b2. */
	private static double[] byHand(double[] x) {
		double[] h = new double[3];
		for (int j = 0; j < 3; j++) {
			h[j] = Math.max(0, W1[j][0] * x[0] + W1[j][1] * x[1] + B1[j]);
		}
		double[] y = new double[2];
		for (int k = 0; k < 2; k++) {
			y[k] = W2[k][0] * h[0] + W2[k][1] * h[1] + W2[k][2] * h[2] + B2[k];
		}
		return y;
	}
}
