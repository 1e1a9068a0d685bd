package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;
import org.junit.jupiter.api.Test;

/**
 * The Neural CRN experiments of seed 003 section 3.4 (experiments/neural-crn-*.crn), run as written, seeded: the
 * qualitative results the paper states. Each prints its figures (for experiments/README.md).
 */
class NeuralCrnExperimentsTest {

	private static final CrnLoader LOADER = new CrnLoader();

	record Run(List<TrainingReport> reports, OdeModel trained, double seconds) {
		TrainingReport last() {
			return reports.get(reports.size() - 1);
		}

		double parameter(String name) {
			return trained.getParameters().stream().filter(p -> p.getName().equals(name)).mapToDouble(Parameter::getValue)
					.findFirst().orElseThrow();
		}
	}

	static Run run(String file, String training) throws Exception {
		Path path = Path.of("../../experiments", file);
		assertTrue(Files.exists(path), "experiment " + path.toAbsolutePath());
		LoadedFile loaded = LOADER.load(path);
		assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
		List<TrainingReport> reports = new ArrayList<>();
		long start = System.nanoTime();
		TrainingOutcome outcome = TrainingRunner.run(loaded, training, new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				reports.add(report);
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		assertFalse(outcome.canceled());
		LoadedFile trained = LOADER.load(outcome.trainedDeclarations(), "trained.crn");
		assertFalse(trained.hasErrors(), trained.diagnostics().toString());
		OdeModel model = trained.model().getDeclarations().stream().filter(OdeModel.class::isInstance)
				.map(OdeModel.class::cast).findFirst().orElseThrow();
		Run run = new Run(reports, model, seconds);
		TrainingReport first = reports.get(0);
		System.out.printf(Locale.ROOT, "%s/%s: %d reports, train error %.4f -> %.4f, train accuracy %.3f -> %.3f,"
				+ " validation error %.4f, validation accuracy %.3f, %.1f s%n", file, training, reports.size(), first.trainError(),
				run.last().trainError(), first.trainAccuracy(), run.last().trainAccuracy(), run.last().validationError(),
				run.last().validationAccuracy(), seconds);
		return run;
	}

	/**
	 * Linear2D: the boundary yhat = 2 is theta . x + beta = 2 / T (yhat = T (theta . x + beta), T = 1). The error
	 * falls, the validation accuracy is at least 90%, the x2-axis intercept is within 0.2 of the paper's 1.0, and
	 * the intercepts approach those of the least-squares fit of a plane to the same training rows, computed here
	 * independently (normal equations): the minimum the circuit's gradient descent moves to (x2 within 0.1; x1,
	 * along the flatter direction and still moving after 5 epochs at eta 0.01, within 0.25). On these rows that fit
	 * crosses the x1-axis near 2.6, not at the paper's 2.0 (the paper's data are not given).
	 */
	@Test
	void linear2dBoundaryCrossesTheAxesWhereTheLeastSquaresPlaneDoes() throws Exception {
		Run run = run("neural-crn-linear2d.crn", "Linear2DFit");
		double level = 2 / 1.0 - run.parameter("beta");
		double x2Intercept = level / run.parameter("theta2");
		double x1Intercept = level / run.parameter("theta1");
		double[] plane = leastSquaresPlane(Path.of("../../experiments/data/linear2d.csv"), 160, 3);
		double planeX2 = (2 - plane[2]) / plane[1];
		double planeX1 = (2 - plane[2]) / plane[0];
		System.out.printf(Locale.ROOT, "Linear2D: theta1 %.4f, theta2 %.4f, beta %.4f; intercepts x2 = %.3f, x1 = %.3f;"
				+ " least squares x2 = %.3f, x1 = %.3f%n", run.parameter("theta1"), run.parameter("theta2"),
				run.parameter("beta"), x2Intercept, x1Intercept, planeX2, planeX1);
		assertEquals(1.0, x2Intercept, 0.2, "x2-axis intercept (the paper: 1.0)");
		assertEquals(planeX2, x2Intercept, 0.1, "x2-axis intercept against least squares");
		assertEquals(planeX1, x1Intercept, 0.25, "x1-axis intercept against least squares");
		assertTrue(run.last().validationAccuracy() >= 0.9, "validation accuracy " + run.last().validationAccuracy());
		assertTrue(run.last().trainError() < run.reports().get(0).trainError(), "the error falls");
	}

	/**
	 * theta1, theta2, beta minimising the squared error over the training rows: the first {@code train} rows of the
	 * file in the order of a Fisher-Yates shuffle with Random(seed), as the training's split 160 / 40 takes them.
	 */
	private static double[] leastSquaresPlane(Path file, int train, long seed) throws Exception {
		List<String> lines = Files.readAllLines(file);
		int rows = lines.size() - 1;
		int[] order = new int[rows];
		for (int i = 0; i < rows; i++) {
			order[i] = i;
		}
		java.util.Random random = new java.util.Random(seed);
		for (int i = rows - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		double[][] normal = new double[3][4];
		for (int n = 0; n < train; n++) {
			String[] cells = lines.get(1 + order[n]).split(",");
			double[] features = { Double.parseDouble(cells[0]), Double.parseDouble(cells[1]), 1 };
			double y = Double.parseDouble(cells[2]);
			for (int a = 0; a < 3; a++) {
				for (int b = 0; b < 3; b++) {
					normal[a][b] += features[a] * features[b];
				}
				normal[a][3] += features[a] * y;
			}
		}
		for (int p = 0; p < 3; p++) { // Gauss-Jordan on a symmetric positive definite 3 x 3 system
			for (int r = 0; r < 3; r++) {
				if (r != p) {
					double factor = normal[r][p] / normal[p][p];
					for (int c = p; c < 4; c++) {
						normal[r][c] -= factor * normal[p][c];
					}
				}
			}
		}
		return new double[] { normal[0][3] / normal[0][0], normal[1][3] / normal[1][1], normal[2][3] / normal[2][2] };
	}
}
