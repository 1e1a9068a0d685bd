package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;
import org.junit.jupiter.api.Test;

/** neural_crn on examples/neural-crn-linreg.crn: the result its comments state, from a real seeded run. */
class NeuralCrnTrainingTest {

	private static final CrnLoader LOADER = new CrnLoader();

	static Path example(String name) {
		Path path = Path.of("../../examples", name);
		assertTrue(Files.exists(path), "example " + path.toAbsolutePath());
		return path;
	}

	@Test
	void linearRegressionLearnsTheRowsPlane() throws Exception {
		LoadedFile file = LOADER.load(example("neural-crn-linreg.crn"));
		List<TrainingReport> reports = new ArrayList<>();
		TrainingOutcome outcome = TrainingRunner.run(file, "Fit", new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				reports.add(report);
			}
		});
		assertFalse(outcome.canceled());
		assertEquals(20, reports.size());
		double first = reports.get(0).trainError();
		double last = reports.get(reports.size() - 1).trainError();
		assertTrue(last < 0.01 * first, "last epoch's MSE " + last + " vs first " + first);

		// The written declaration parses, validates and holds theta near (2, 4): y = x1 + 2 x2 = T (theta . x), T = 0.5.
		LoadedFile trained = LOADER.load(outcome.trainedDeclarations(), "trained.crn");
		assertFalse(trained.hasErrors(), trained.diagnostics().toString());
		OdeModel model = trained.model().getDeclarations().stream().filter(OdeModel.class::isInstance)
				.map(OdeModel.class::cast).findFirst().orElseThrow();
		assertEquals("LinRegTrained", model.getName());
		Parameter theta1 = model.getParameters().get(0);
		Parameter theta2 = model.getParameters().get(1);
		assertEquals(2, theta1.getValue(), 0.1, "theta1");
		assertEquals(4, theta2.getValue(), 0.1, "theta2");
	}
}
