package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code crn simulate} on examples/segments.crn: clock phases, a timed set with until steady, seeded noise. */
class SimulateSegmentsTest {

	@Test
	void clockPhasesFollowTheClosedFormOfEachInterval() {
		String[] lines = simulate("Alternate").out().strip().split("\n");
		assertEquals("time,A,B", lines[0]);
		assertEquals(42, lines.length);
		double b2 = 1 - Math.exp(-1);
		for (String line : lines) {
			if (line.startsWith("time")) {
				continue;
			}
			double[] row = row(line);
			double t = row[0];
			double a = t <= 1 ? 1 : t <= 2 ? Math.exp(-(t - 1)) : t <= 3 ? 1 - b2 * Math.exp(-2 * (t - 2))
					: (1 - b2 * Math.exp(-2)) * Math.exp(-(t - 3));
			assertEquals(a, row[1], 1e-7, line);
			assertEquals(1 - a, row[2], 1e-7, line);
		}
	}

	@Test
	void aTimedSetThenUntilSteadyStopsAndReportsTheSettlingTime() {
		CommandRun run = simulate("Pulse", "--stats");
		String[] lines = run.out().strip().split("\n");
		double[] last = row(lines[lines.length - 1]);
		assertEquals(5 + 2 * Math.log(5000), last[0], 1e-6, "stops when 0.5 A < 1e-4");
		assertEquals(0, row(lines[500])[1], "A = 0 at t = 4.99, before the set");
		assertEquals(1, row(lines[501])[1], "the row at t = 5 shows the set value");
		String settled = run.err().lines().filter(l -> l.contains("settled within")).findFirst().orElseThrow();
		int at = settled.indexOf("A at t = ");
		double time = Double.parseDouble(settled.substring(at + 9).split("[, ]")[0]);
		assertEquals(5 + 2 * Math.log(1 / 3e-4), time, 0.01, settled);
	}

	@Test
	void noiseIsReproducibleFromItsSeed() {
		String first = simulate("Noisy").out();
		assertEquals(first, simulate("Noisy").out());
		String[] lines = first.strip().split("\n");
		double a = row(lines[lines.length - 1])[1];
		// Noise of this size leaves A near the clean e^-5 (the final row falls in a window: A carries its offset).
		assertNotEquals(Math.exp(-5), a);
		assertTrue(Math.abs(a - Math.exp(-5)) < 0.5, "A(10) = " + a);
	}

	private static CommandRun simulate(String simulation, String... more) {
		String[] args = new String[4 + more.length];
		args[0] = "simulate";
		args[1] = CommandRun.example("segments.crn").toString();
		args[2] = "--simulation";
		args[3] = simulation;
		System.arraycopy(more, 0, args, 4, more.length);
		CommandRun run = CommandRun.of(args);
		assertEquals(0, run.exitCode(), run.toString());
		return run;
	}

	private static double[] row(String line) {
		String[] cells = line.split(",");
		double[] values = new double[cells.length];
		for (int i = 0; i < cells.length; i++) {
			values[i] = Double.parseDouble(cells[i]);
		}
		return values;
	}
}
