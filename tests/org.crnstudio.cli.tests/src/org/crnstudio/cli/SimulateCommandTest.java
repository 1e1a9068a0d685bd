package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

	@Test
	void lotkaVolterraWritesItsPlotSeriesAndKeepsTheFirstIntegral(@TempDir Path folder) throws IOException {
		Path file = CommandRun.example("lotka-volterra.crn");
		Path csv = folder.resolve("cycles.csv");
		CommandRun run = CommandRun.of("simulate", file.toString(), "--simulation", "Cycles", "--out", csv.toString());
		assertEquals(0, run.exitCode(), run.toString());

		List<String> lines = Files.readAllLines(csv);
		assertEquals("time,Prey,Predator", lines.get(0));
		assertEquals(1 + 501, lines.size(), "a header and one row per output time (500 intervals over [0, 50])");
		double[] first = row(lines.get(1));
		double[] last = row(lines.get(lines.size() - 1));
		assertEquals(0.0, first[0]);
		assertEquals(50.0, last[0], 1e-12);

		// dx/dt = k1 x - k2 x y, dy/dt = k2 x y - k3 y conserves V = k2 x - k3 ln x + k2 y - k1 ln y.
		ReactionNetwork network = new CrnLoader().load(file).find(ReactionNetwork.class, "LotkaVolterra").orElseThrow();
		double k1 = parameter(network, "k1"), k2 = parameter(network, "k2"), k3 = parameter(network, "k3");
		double minimum = Double.MAX_VALUE;
		double v0 = invariant(first, k1, k2, k3);
		for (String line : lines.subList(1, lines.size())) {
			double[] values = row(line);
			minimum = Math.min(minimum, Math.min(values[1], values[2]));
			assertEquals(v0, invariant(values, k1, k2, k3), 1e-6 * Math.abs(v0), line);
		}
		assertTrue(minimum > 0, "both populations stay positive");
	}

	@Test
	void withoutOutTheCsvGoesToStandardOutputAndUntilOverridesTheEndTime() {
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--until", "5");
		assertEquals(0, run.exitCode(), run.toString());
		String[] lines = run.out().strip().split("\n");
		assertEquals("time,Prey,Predator", lines[0]);
		assertEquals(5.0, row(lines[lines.length - 1])[0], 1e-12);
	}

	/** --stats names the method and how it was chosen, and counts what the integration cost. */
	@Test
	void statsNameTheMethodAndCountStepsEvaluationsAndFactorizations(@TempDir Path folder) {
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--out", folder.resolve("cycles.csv").toString(), "--stats");
		assertEquals(0, run.exitCode(), run.toString());
		String stats = run.err().strip();
		System.out.println(stats);
		for (String part : new String[] { "Cycles: ode", "Dormand-Prince", "steps", "RHS evaluations",
				"Jacobian evaluations", "LU factorizations", "integration", "2 dynamic species", "stopped at t = 50" }) {
			assertTrue(stats.contains(part), part + " missing in: " + stats);
		}
	}

	@Test
	void anUnknownSimulationWritesNothing(@TempDir Path folder) {
		Path csv = folder.resolve("out.csv");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycle", "--out", csv.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("no simulation named 'Cycle' (valid: Cycles)"), run.toString());
		assertFalse(Files.exists(csv));
	}

	@Test
	void anUnwritableOutputFailsCleanly(@TempDir Path folder) throws IOException {
		Path blocker = Files.createFile(folder.resolve("blocker"));
		Path csv = blocker.resolve("out.csv");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--out", csv.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertFalse(run.err().contains("internal error"), run.toString());
		assertTrue(run.err().startsWith(blocker + ": error: is a file where a folder is needed"), run.toString());
		try (var left = Files.list(folder)) {
			assertEquals(List.of(blocker), left.toList(), "no temporary or partial file is left behind");
		}
	}

	@Test
	void anInvalidFileRunsNothing(@TempDir Path folder) {
		CommandRun run = CommandRun.of("simulate", CommandRun.example("broken.crn").toString(), "--simulation", "Any");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("7 errors in the file; nothing was run"), run.toString());
	}

	private static double invariant(double[] row, double k1, double k2, double k3) {
		double x = row[1], y = row[2];
		return k2 * x - k3 * Math.log(x) + k2 * y - k1 * Math.log(y);
	}

	private static double parameter(ReactionNetwork network, String name) {
		return network.getParameters().stream().filter(p -> p.getName().equals(name)).mapToDouble(Parameter::getValue)
				.findFirst().orElseThrow();
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
