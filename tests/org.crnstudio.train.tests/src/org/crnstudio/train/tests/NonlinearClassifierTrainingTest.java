package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;
import org.junit.jupiter.api.Test;

/**
 * The NLC-NCRN (seed 003, f = theta x + beta - z^3) trained by its compiled CRN on 48 Rings2D rows: with
 * {@code gradient = first_order} it trains (finite parameters, the error falls); with the adjoint method the
 * backward run of z' = -f (which holds +z^3) blows up in the first sample's feedback phase.
 */
class NonlinearClassifierTrainingTest {

	private static final CrnLoader LOADER = new CrnLoader();

	private static final String MODEL = """
			ode Nlc {
			 input x1, x2
			 state z1, z2, z3, z4, z5
			 parameter w11 = 4, w12 = 0, b1 = -2
			 parameter w21 = 0, w22 = 4, b2 = -2
			 parameter w31 = -4, w32 = 0, b3 = -2
			 parameter w41 = 0, w42 = -4, b4 = -2
			 parameter w51 = 0, w52 = 0, b5 = 0
			 z1' = w11 * x1 + w12 * x2 + b1 - z1^3
			 z2' = w21 * x1 + w22 * x2 + b2 - z2^3
			 z3' = w31 * x1 + w32 * x2 + b3 - z3^3
			 z4' = w41 * x1 + w42 * x2 + b4 - z4^3
			 z5' = w51 * x1 + w52 * x2 + b5 - z5^3
			 output yhat = z1 + z2 + z3 + z4 - z5
			}
			training Fit {
			 of Nlc on Ring
			 method neural_crn(T = 1, eta = 0.003, threshold = 0.5, GRADIENT annihilation)
			 epochs 3
			 seed 3
			}
			""";

	/** The first 48 rows of experiments/data/rings2d.csv as a dataset declaration. */
	static String rings() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("../../experiments/data/rings2d.csv"));
		StringBuilder text = new StringBuilder("dataset Ring {\n inputs x1, x2\n targets y\n");
		for (String line : lines.subList(1, 49)) {
			String[] cells = line.split(",");
			text.append(" row ").append(cells[0]).append(", ").append(cells[1]).append(" -> ").append(cells[2]).append('\n');
		}
		return text.append("}\n").toString();
	}

	static TrainingOutcome train(String gradient, List<TrainingReport> reports) throws Exception {
		LoadedFile file = LOADER.load(rings() + MODEL.replace("GRADIENT", gradient), "rings.crn");
		assertFalse(file.hasErrors(), file.diagnostics().toString());
		return TrainingRunner.run(file, "Fit", new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				reports.add(report);
			}
		});
	}

	@Test
	void firstOrderGradientsTrainWithoutDivergingAndTheErrorFalls() throws Exception {
		List<TrainingReport> reports = new ArrayList<>();
		TrainingOutcome outcome = train("gradient = first_order,", reports);
		assertEquals(3, reports.size());
		for (TrainingReport report : reports) {
			assertTrue(Double.isFinite(report.trainError()), report.toString());
		}
		double first = reports.get(0).trainError();
		double last = reports.get(2).trainError();
		assertTrue(last < 0.5 * first, "error of the last epoch " + last + " against the first " + first);
		LoadedFile trained = LOADER.load(outcome.trainedDeclarations(), "trained.crn");
		assertFalse(trained.hasErrors(), trained.diagnostics().toString());
		OdeModel model = trained.model().getDeclarations().stream().filter(OdeModel.class::isInstance)
				.map(OdeModel.class::cast).findFirst().orElseThrow();
		for (Parameter parameter : model.getParameters()) {
			assertTrue(Double.isFinite(parameter.getValue()) && Math.abs(parameter.getValue()) < 10, parameter.getName()
					+ " = " + parameter.getValue());
		}
		// every unit of output coefficient +1 got the same update (the first-order rule T a x): the bias of each
		// moved by the same amount from -2, and the bias unit's (coefficient -1) by the opposite
		double shift = value(model, "b1") + 2;
		assertTrue(Math.abs(shift) > 0.05, "the common bias moved: " + shift);
		for (String bias : List.of("b2", "b3", "b4")) {
			assertEquals(shift, value(model, bias) + 2, 1e-3 * Math.abs(shift), bias);
		}
		assertEquals(-shift, value(model, "b5"), 1e-3 * Math.abs(shift), "b5");
	}

	@Test
	void theAdjointMethodBlowsUpOnTheCubicTerm() {
		TrainingException failure = assertThrows(TrainingException.class, () -> train("", new ArrayList<>()));
		assertTrue(failure.getMessage().contains("failed"), failure.getMessage());
	}

	private static double value(OdeModel model, String name) {
		return model.getParameters().stream().filter(p -> p.getName().equals(name)).mapToDouble(Parameter::getValue)
				.findFirst().orElseThrow();
	}
}
