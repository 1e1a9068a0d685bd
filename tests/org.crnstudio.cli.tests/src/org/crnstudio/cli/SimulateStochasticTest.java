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

/** {@code crn simulate} on method ssa: the example birth-death ensemble against its closed form, --stats, errors. */
class SimulateStochasticTest {

	@Test
	void theBirthDeathEnsembleFollowsItsPoissonLaw(@TempDir Path folder) throws IOException {
		Path csv = folder.resolve("ensemble.csv");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("birth-death.crn").toString(), "--simulation",
				"Ensemble", "--out", csv.toString(), "--stats");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("Ensemble: ssa: Gillespie direct method, volume 10, 200 runs (seed 7"),
				run.toString());
		assertTrue(run.err().contains(" events, 0 leaps"), run.toString());

		List<String> lines = Files.readAllLines(csv);
		assertEquals("time,X,X_sd", lines.get(0));
		assertEquals(1 + 41, lines.size());
		double k = 5, g = 0.5, volume = 10;
		int runs = 200;
		for (String line : lines.subList(2, lines.size())) {
			double[] row = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
			// From an empty start the count is Poisson with mean k V / g (1 - exp(-g t)) at every time t.
			double meanCount = k * volume / g * (1 - Math.exp(-g * row[0]));
			double exact = meanCount / volume;
			double exactSd = Math.sqrt(meanCount) / volume;
			assertEquals(exact, row[1], 3 * row[2] / Math.sqrt(runs), line);
			assertEquals(exactSd, row[2], 4 * exactSd / Math.sqrt(2.0 * (runs - 1)), line);
		}
	}

	@Test
	void aWrongSsaOptionNamesItsLineAndTheValidChoices(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("bad.crn");
		Files.writeString(file, "crn C {\n species A = 1\n A -> 0 @ 1\n}\nsimulation S {\n of C\n"
				+ " method ssa(volume = 100, algorithm = gillespie)\n until 1\n}\n");
		CommandRun run = CommandRun.of("simulate", file.toString(), "--simulation", "S");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains(":7:"), run.toString());
		assertTrue(run.err().contains("direct, next_reaction, tau_leap"), run.toString());
		assertFalse(run.err().contains("internal error"), run.toString());
	}

	@Test
	void ssaRefusesUntilSteadyWithItsLine(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("steady.crn");
		Files.writeString(file, "crn C {\n species A = 1\n A -> 0 @ 1\n}\nsimulation S {\n of C\n"
				+ " method ssa(volume = 100)\n until steady\n}\n");
		CommandRun run = CommandRun.of("simulate", file.toString(), "--simulation", "S");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith(file + ":5: error: 'until steady' needs the deterministic method ode"),
				run.toString());
	}
}
