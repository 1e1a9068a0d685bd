package org.crnstudio.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated data sets obey their definitions (seed 003 section 3.4, seed 002 section 5.3), have equally sized
 * classes, and the files under experiments/data are exactly what the documented generator command writes.
 */
class SyntheticDataSetsTest {

	private static Path data(String name) {
		Path path = Path.of("../../experiments/data", name);
		assertTrue(Files.exists(path), "data file " + path.toAbsolutePath());
		return path;
	}

	@Test
	void linear2dFollowsItsDiscriminant() {
		List<double[]> rows = SyntheticDataSets.linear2d(200, 3);
		for (double[] row : rows) {
			assertTrue(row[0] >= 0 && row[0] < 2 && row[1] >= 0 && row[1] < 2, "x in [0, 2)^2");
			assertEquals(row[0] + 2 * row[1] > 2 ? 4.0 : 0.0, row[2]);
		}
		assertEquals(100, rows.stream().filter(row -> row[2] == 4).count(), "balanced");
	}

	@Test
	void rings2dHasAnInnerDiscAndAnOuterRing() {
		List<double[]> rows = SyntheticDataSets.rings2d(200, 3);
		for (double[] row : rows) {
			double radius = Math.hypot(row[0], row[1]);
			if (row[2] == 0) {
				assertTrue(radius <= 0.45, "OFF inside 0.45: " + radius);
			} else {
				assertEquals(1.0, row[2]);
				assertTrue(radius >= 0.5 && radius <= 1, "ON between 0.5 and 1: " + radius);
			}
		}
		assertEquals(100, rows.stream().filter(row -> row[2] == 1).count(), "balanced");
	}

	@Test
	void xor2dIsTheXorOfTheBooleanizedInputs() {
		List<double[]> rows = SyntheticDataSets.xor2d(200, 3);
		for (double[] row : rows) {
			assertTrue(row[0] >= 0 && row[0] < 1 && row[1] >= 0 && row[1] < 1, "x in [0, 1)^2");
			boolean on = (row[0] > 0.5) ^ (row[1] > 0.5);
			assertEquals(on ? 1.0 : 0.0, row[2]);
		}
		assertEquals(100, rows.stream().filter(row -> row[2] == 1).count(), "balanced");
	}

	@Test
	void sine13IsThirteenPointsOfSineOnZeroToPi() {
		List<double[]> rows = SyntheticDataSets.sine13();
		assertEquals(13, rows.size());
		assertEquals(0, rows.get(0)[0]);
		assertTrue(rows.get(12)[0] < Math.PI);
		rows.forEach(row -> assertEquals(Math.sin(row[0]), row[1], 1e-15));
	}

	@Test
	void experimentFilesAreTheGeneratorsOutput() throws Exception {
		assertEquals(SyntheticDataSets.csv("x1,x2,y", SyntheticDataSets.linear2d(SyntheticDataSets.ROWS, SyntheticDataSets.SEED)),
				Files.readString(data("linear2d.csv")));
		assertEquals(SyntheticDataSets.csv("x1,x2,y", SyntheticDataSets.rings2d(SyntheticDataSets.ROWS, SyntheticDataSets.SEED)),
				Files.readString(data("rings2d.csv")));
		assertEquals(SyntheticDataSets.csv("x1,x2,y", SyntheticDataSets.xor2d(SyntheticDataSets.ROWS, SyntheticDataSets.SEED)),
				Files.readString(data("xor2d.csv")));
		assertEquals(SyntheticDataSets.csv("x,y", SyntheticDataSets.sine13()), Files.readString(data("sine13.csv")));
	}
}
