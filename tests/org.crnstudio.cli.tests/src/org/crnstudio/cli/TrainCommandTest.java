package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crn train: the linear-regression Neural CRN example and a small binary_connect training, written to a folder or printed. */
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

	private static final String POINTS = TrainingFixtures.points("epochs 60", "seed 2");

	@Test
	void binaryConnectWritesParseableMetricsAndANetworkWhoseCrnAgrees(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS);
		Path results = folder.resolve("results");
		Files.createDirectories(results);
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--out", results.toString());
		assertEquals(0, run.exitCode(), run.toString());
		List<String> reports = run.out().lines().toList();
		assertEquals(7, reports.size(), run.out());
		for (int i = 0; i < reports.size(); i++) {
			assertTrue(reports.get(i).matches("iteration " + 10 * i + ": train error [0-9.e+-]+, accuracy [0-9.]+%"), reports.get(i));
		}
		List<String> metrics = Files.readAllLines(results.resolve("Fit-metrics.csv"));
		assertEquals("iteration,train_error,train_accuracy,validation_error,validation_accuracy", metrics.get(0));
		assertEquals(8, metrics.size());
		for (int i = 1; i < metrics.size(); i++) {
			String[] cells = metrics.get(i).split(",", -1);
			assertEquals(5, cells.length, metrics.get(i));
			assertEquals(10 * (i - 1), Double.parseDouble(cells[0]));
			double accuracy = Double.parseDouble(cells[2]);
			assertTrue(Double.parseDouble(cells[1]) >= 0 && accuracy >= 0 && accuracy <= 1, metrics.get(i));
		}
		String trained = Files.readString(results.resolve("Fit-trained.crn"));
		assertTrue(trained.startsWith("nn NetTrained {"), trained);
		// the written network, compiled with rate_independent as it is, classifies every point and its CRN agrees
		Path agreeFile = folder.resolve("trained.crn");
		Files.writeString(agreeFile, trained + "crn NetCrn = compile NetTrained with rate_independent(reduce = true)\n"
				+ POINTS.substring(0, POINTS.indexOf("nn Net")));
		CommandRun agree = CommandRun.of("agree", agreeFile.toString(), "--crn", "NetCrn", "--data", "Points");
		assertEquals(0, agree.exitCode(), agree.toString());
		assertTrue(agree.err().contains("on 8/8 samples (100.00%); accuracy: network 100.00%, CRN 100.00%"), agree.err());
	}

	@Test
	void withoutOutTheTrainedNetworkIsPrintedAfterTheReports(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS.replace("epochs 60", "epochs 10"));
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("iteration 0: "), run.out());
		assertTrue(run.out().contains("iteration 10: ") && run.out().contains("\nnn NetTrained {\n"), run.out());
		assertEquals(List.of(), Files.list(folder).filter(p -> !p.equals(file)).toList());
	}

	@Test
	void aBadOptionValueIsAnErrorOnItsLineAndLeavesNoFiles(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS.replace("report_every = 10)", "report_every = 10,\n        dropout = 1.5)"));
		Path results = folder.resolve("results");
		Files.createDirectories(results);
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--out", results.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains(file + ":21: error: option dropout of binary_connect is a probability in [0, 1), found 1.5"),
				run.err());
		assertEquals(List.of(), Files.list(results).toList());
	}

	@Test
	void anUnknownOptionOrTrainingIsReportedWithItsLineAndValidChoices(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS.replace("report_every = 10)", "report_every = 10, speed = 2)"));
		Path results = folder.resolve("results");
		Files.createDirectories(results);
		CommandRun option = CommandRun.of("train", file.toString(), "--training", "Fit", "--out", results.toString());
		assertEquals(1, option.exitCode(), option.toString());
		assertTrue(option.err().contains(file + ":20:") && option.err().contains("error:") && option.err().contains("speed")
				&& option.err().contains("dropout"), option.err());
		Files.writeString(file, POINTS);
		CommandRun training = CommandRun.of("train", file.toString(), "--training", "Fitt", "--out", results.toString());
		assertEquals(1, training.exitCode(), training.toString());
		assertTrue(training.err().contains(file + ": error: no training named 'Fitt' (valid: Fit)"), training.err());
		assertEquals(List.of(), Files.list(results).toList());
	}

	/** z' = z^2 + x reaches infinity at t = atan(1/sqrt(x))/sqrt(x) < pi/2 (z(0) = 0): phase C1 of T = 3 cannot end. */
	@Test
	void aTrainingWhoseSimulationFailsIsAnErrorOnTheTrainingsLine(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("blow.crn");
		Files.writeString(file, TrainingFixtures.BLOW_UP);
		Path results = folder.resolve("results");
		Files.createDirectories(results);
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--out", results.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains(file + ":15: error: training Fit stopped: the simulation of its reaction network"
				+ " failed"), run.err());
		assertTrue(!run.err().contains("internal error") && !run.err().contains("\tat "), run.err());
		assertEquals(List.of(), Files.list(results).toList());
	}
}
