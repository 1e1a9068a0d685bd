package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Sample;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.io.Trajectory;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingRunner;
import org.crnstudio.train.agree.AgreementReport;
import org.crnstudio.train.agree.AgreementRunner;
import org.junit.jupiter.api.Test;

/** backprop and binary_connect end to end: train, write, parse, compile, simulate, agree. */
class InSilicoTrainingTest {

	private static final CrnLoader LOADER = new CrnLoader();

	/** Two separable classes; targets 2 at the class and 1 elsewhere (smooth ReLU outputs are positive). */
	private static final String BLOBS = """
			dataset Blobs {
			    inputs a, b
			    targets c : onehot(high = 2, low = 1)
			    row 0.2, 1.8 -> 0
			    row 0.4, 1.5 -> 0
			    row 0.1, 1.2 -> 0
			    row 1.6, 0.3 -> 1
			    row 1.9, 0.5 -> 1
			    row 1.2, 0.1 -> 1
			}
			nn Net {
			    input a, b : positive
			    layer h = dense(3, smooth_relu(h = 1))
			    layer y = dense(2, smooth_relu(h = 1))
			}
			training Fit {
			    of Net on Blobs
			    method backprop(eta = 0.05, batch = 3, report_every = 50)
			    iterations 400
			    seed 3
			}
			""";

	@Test
	void backpropLearnsAndTheWrittenNetworkCompilesAndSimulatesToItsForwardPass() {
		LoadedFile file = LOADER.load(BLOBS, "blobs.crn");
		assertFalse(file.hasErrors(), file.diagnostics().toString());
		TrainingOutcome outcome = TrainingRunner.run(file, "Fit", TrainingMonitor.NONE);
		Trajectory metrics = outcome.metrics();
		double first = metrics.value(0, 0);
		double last = metrics.value(metrics.size() - 1, 0);
		assertTrue(last < first / 2, "train error " + first + " -> " + last);
		assertEquals(1.0, metrics.value(metrics.size() - 1, 1), "every training sample classified");
		assertEquals(400, metrics.time(metrics.size() - 1));
		// the trained network, compiled with fixed_point, settles to its own forward pass on every sample
		String text = outcome.trainedDeclarations() + "crn NetCrn = compile NetTrained with fixed_point()\n"
				+ BLOBS.substring(0, BLOBS.indexOf("nn Net"));
		LoadedFile trained = LOADER.load(text, "trained.crn");
		assertFalse(trained.hasErrors(), text + trained.diagnostics());
		ReactionNetwork crn = trained.find(ReactionNetwork.class, "NetCrn").orElseThrow();
		new CrnCompiler().ensureCompiled(crn);
		ForwardPass forward = ForwardPass.of(trained.find(NeuralNetwork.class, "NetTrained").orElseThrow());
		for (Sample sample : trained.find(Dataset.class, "Blobs").orElseThrow().getSamples()) {
			double a = sample.getInputs().get(0);
			double b = sample.getInputs().get(1);
			LoadedFile run = LOADER.load(text + "simulation S {\n of NetCrn\n input a = " + a + ", b = " + b
					+ "\n method ode\n until 40\n plot y1, y2\n}\n", "run.crn");
			ReactionNetwork compiled = run.find(ReactionNetwork.class, "NetCrn").orElseThrow();
			new CrnCompiler().ensureCompiled(compiled);
			Trajectory trajectory = new OdeSimulator()
					.run(SimulationPlan.of(run.find(Simulation.class, "S").orElseThrow())).trajectory();
			double[] expected = forward.outputs(a, b);
			assertEquals(expected[0], trajectory.last("y1"), 1e-4);
			assertEquals(expected[1], trajectory.last("y2"), 1e-4);
		}
	}

	@Test
	void aSeededRunIsReproducible() {
		LoadedFile file = LOADER.load(BLOBS, "blobs.crn");
		String once = TrainingRunner.run(file, "Fit", TrainingMonitor.NONE).trainedDeclarations();
		String twice = TrainingRunner.run(file, "Fit", TrainingMonitor.NONE).trainedDeclarations();
		assertEquals(once, twice);
		String otherSeed = TrainingRunner.run(LOADER.load(BLOBS.replace("seed 3", "seed 4"), "blobs.crn"), "Fit",
				TrainingMonitor.NONE).trainedDeclarations();
		assertFalse(once.equals(otherSeed));
	}

	@Test
	void backpropRefusesLayersWithoutAFixedPointAndNamesTheLayer() {
		String relu = BLOBS.replace("dense(3, smooth_relu(h = 1))", "dense(3, relu)");
		TrainingException e = assertThrows(TrainingException.class,
				() -> TrainingRunner.run(LOADER.load(relu, "relu.crn"), "Fit", TrainingMonitor.NONE));
		assertEquals(13, e.getLine());
		assertTrue(e.getMessage().contains("layer h") && e.getMessage().contains("smooth_relu"), e.getMessage());
		TrainingException split = assertThrows(TrainingException.class, () -> TrainingRunner.run(
				LOADER.load(BLOBS.replace("seed 3", "seed 3\n    split 5 / 2"), "split.crn"), "Fit", TrainingMonitor.NONE));
		assertTrue(split.getMessage().contains("has 6"), split.getMessage());
	}

	@Test
	void binaryConnectOnIrisAndTheCrnAgreesWithTheNetworkOnAll150Samples() throws IOException {
		Path experiment = Path.of(System.getProperty("crnstudio.test.experiments", "../../experiments"))
				.resolve("iris-binary-connect.crn").toAbsolutePath().normalize();
		LoadedFile file = LOADER.load(experiment);
		assertFalse(file.hasErrors(), file.diagnostics().toString());
		TrainingOutcome outcome = TrainingRunner.run(file, "IrisBinary", TrainingMonitor.NONE);
		String declarations = outcome.trainedDeclarations();
		assertTrue(declarations.contains("nn IrisNetTrained"));
		String text = declarations + "crn IrisCrn = compile IrisNetTrained with rate_independent(reduce = false)\n"
				+ "crn IrisReduced = compile IrisNetTrained with rate_independent(reduce = true)\n"
				+ "dataset Iris from \"" + experiment.getParent().resolve("data/iris.csv") + "\"\n"
				+ "    inputs sepal_length, sepal_width, petal_length, petal_width\n    targets species : onehot\n";
		LoadedFile trained = LOADER.load(text, "iris-trained.crn");
		assertFalse(trained.hasErrors(), text + trained.diagnostics());
		NeuralNetwork net = trained.find(NeuralNetwork.class, "IrisNetTrained").orElseThrow();
		net.getLayers().forEach(layer -> layer.getWeights().getRows()
				.forEach(row -> row.getValues().forEach(w -> assertEquals(1, Math.abs(w), "binary weight"))));
		Dataset iris = trained.find(Dataset.class, "Iris").orElseThrow();
		assertEquals(150, iris.getSamples().size());
		for (String crn : new String[] { "IrisCrn", "IrisReduced" }) {
			AgreementReport report = AgreementRunner.run(trained.find(ReactionNetwork.class, crn).orElseThrow(), iris, 50);
			assertEquals(150, report.agreeing(), report.summary());
			// the paper: 94% (141/150) on the whole data set; centred inputs reach it (see the experiments README)
			assertTrue(report.networkAccuracy() >= 0.93, report.summary());
			System.out.println(report.summary());
		}
	}
}
