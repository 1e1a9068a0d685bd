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
	void fixedPointExampleUntilSteadyGivesTheNetworksOutputsAndWhenTheySettled(@TempDir Path folder) throws IOException {
		// The example's Settle run, stopped by 'until steady' instead of at t = 30.
		String text = Files.readString(CommandRun.example("fixed-point.crn")).replace("until 30",
				"until 60\n    until steady(tol = 1e-9)\n    points 3000");
		Path file = Files.writeString(folder.resolve("settle.crn"), text);
		CommandRun run = CommandRun.of("simulate", file.toString(), "--simulation", "Settle", "--stats");
		assertEquals(0, run.exitCode(), run.toString());
		String[] lines = run.out().strip().split("\n");
		assertEquals("time,out1,out2", lines[0]);
		double[] last = row(lines[lines.length - 1]);
		// The network by hand: smooth ReLU phi(z) = (z + sqrt(z^2 + 4)) / 2 (h = 1) through both layers.
		double[] d = { 0.8, 1.2 };
		double[][] w1 = { { 0.5, -1.0 }, { 1.5, 0.3 }, { -0.7, 0.8 } };
		double[] b1 = { 0.1, -0.2, 0.3 };
		double[][] w2 = { { 1.0, -0.5, 0.4 }, { -0.3, 0.9, 0.2 } };
		double[] b2 = { 0.0, 0.1 };
		double[] hidden = layer(w1, b1, d);
		double[] out = layer(w2, b2, hidden);
		assertEquals(out[0], last[1], 1e-6);
		assertEquals(out[1], last[2], 1e-6);
		assertTrue(last[0] < 60, "stopped at the steady state, t = " + last[0]);
		assertTrue(run.err().contains("(steady)"), run.toString());
		// Each output settled (within 1e-9 of its final value) before the stop, and after t = 0.
		String settled = run.err().lines().filter(l -> l.contains("settled within")).findFirst().orElseThrow();
		for (String output : List.of("out1", "out2")) {
			int at = settled.indexOf(output + " at t = ");
			assertTrue(at >= 0, settled);
			double time = Double.parseDouble(settled.substring(at + output.length() + 8).split("[, ]")[0]);
			assertTrue(time > 0 && time < last[0], settled);
		}
	}

	private static double[] layer(double[][] weights, double[] bias, double[] input) {
		double[] values = new double[bias.length];
		for (int i = 0; i < values.length; i++) {
			double z = bias[i];
			for (int j = 0; j < input.length; j++) {
				z += weights[i][j] * input[j];
			}
			values[i] = (z + Math.sqrt(z * z + 4)) / 2;
		}
		return values;
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
