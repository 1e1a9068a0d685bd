package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * crn train --stats: what the simulator did for a chemical training (the pot's method, its segments and steps),
 * and that a training in silico ran no simulation.
 */
class TrainStatsTest {

	/** A 1-1 smooth-ReLU network on one sample, 3 periods of 20: one segment per period, no noise. */
	private static final String ONE_POT = """
			dataset D { inputs x targets y row 1.5 -> 2.5 }
			nn N { input x
			 layer y = dense(1, smooth_relu(h = 1)) weights [[0.5]] bias [0.2] }
			training T { of N on D method one_pot(eta = 0.001, period = 20, report_every = 1) iterations 3 seed 1 }
			""";

	@Test
	void aOnePotTrainingReportsItsPotsMethodSegmentsAndSteps(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("pot.crn");
		Files.writeString(file, ONE_POT);
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "T", "--stats");
		assertEquals(0, run.exitCode(), run.toString());
		Matcher line = Pattern.compile("(?m)^T: .*BDF.*; (\\d+) steps .*, (\\d+) segments; total [0-9.]+ s$")
				.matcher(run.err());
		assertTrue(line.find(), run.err());
		assertEquals(3, Integer.parseInt(line.group(2)), "a noiseless pot has one segment per period: " + line.group());
		assertTrue(Integer.parseInt(line.group(1)) >= 3, "at least a step per segment: " + line.group());
	}

	@Test
	void aTrainingInSilicoRanNoSimulation(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, TrainingFixtures.points("epochs 10", "split 6 / 2", "seed 2"));
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--stats");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(Pattern.compile("(?m)^Fit: trained in silico \\(no simulation\\); total [0-9.]+ s$").matcher(run.err())
				.find(), run.err());
	}
}
