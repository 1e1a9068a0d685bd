package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crn train with a chemical method: the linear-regression Neural CRN example, written to a folder. */
class TrainCommandTest {

	@Test
	void neuralCrnExampleWritesMetricsAndATrainedModelThatChecks(@TempDir Path folder) throws IOException {
		CommandRun run = CommandRun.of("train", "../../examples/neural-crn-linreg.crn", "--training", "Fit", "--out",
				folder.toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("iteration 20"), run.out());
		List<String> metrics = Files.readAllLines(folder.resolve("Fit-metrics.csv"));
		assertEquals("iteration,train_error,train_accuracy,validation_error,validation_accuracy", metrics.get(0));
		assertEquals(21, metrics.size());
		double first = Double.parseDouble(metrics.get(1).split(",")[1]);
		double last = Double.parseDouble(metrics.get(20).split(",")[1]);
		assertTrue(last < 0.01 * first, first + " -> " + last);
		Path trained = folder.resolve("Fit-trained.crn");
		assertTrue(Files.readString(trained).contains("ode LinRegTrained"));
		CommandRun check = CommandRun.of("check", trained.toString());
		assertEquals(0, check.exitCode(), check.toString());
	}
}
