package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The committed experiments (experiments/): every file checks clean, and the README's agree command runs as written. */
class ExperimentsTest {

	private static Path experiments() {
		return Path.of(System.getProperty("crnstudio.test.experiments", "../../experiments")).toAbsolutePath().normalize();
	}

	@Test
	void everyExperimentChecksWithoutDiagnostics() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(experiments())) {
			files = list.filter(p -> p.toString().endsWith(".crn")).sorted().toList();
		}
		assertFalse(files.isEmpty());
		for (Path file : files) {
			CommandRun run = CommandRun.of("check", file.toString());
			assertEquals(0, run.exitCode(), file + "\n" + run);
			assertEquals("", run.out().strip(), file + "\n" + run);
		}
	}

	@Test
	void theReducedIrisCrnAgreesWithItsNetworkOnAll150Samples() {
		CommandRun run = CommandRun.of("agree", experiments().resolve("iris-trained.crn").toString(), "--crn", "IrisReduced",
				"--data", "Iris");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains("IrisReduced on Iris: CRN argmax = network argmax on 150/150 samples (100.00%)"), run.err());
		assertEquals(151, run.out().lines().count());
	}
}
