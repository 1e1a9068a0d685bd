package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.train.Scores;
import org.crnstudio.train.TrainedNetworkText;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingMethods;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingReport;
import org.junit.jupiter.api.Test;

/** The framework's parts: method registry, scores, metrics table, trained-network text. */
class FrameworkTest {

	private static final CrnLoader LOADER = new CrnLoader();

	@Test
	void unknownMethodNamesTheLineAndTheValidMethods() {
		TrainingException e = assertThrows(TrainingException.class, () -> TrainingMethods.require("sgd", 7));
		assertEquals(7, e.getLine());
		for (String name : List.of("one_pot", "neural_crn", "backprop", "binary_connect")) {
			assertTrue(e.getMessage().contains(name), e.getMessage());
		}
		assertEquals(List.of("one_pot", "neural_crn", "backprop", "binary_connect"), TrainingMethods.names());
	}

	@Test
	void errorAndAccuracyByHand() {
		double[][] outputs = { { 0.9, 0.2, 0.1 }, { 0.3, 0.1, 0.5 } };
		double[][] targets = { { 1, 0, 0 }, { 0, 1, 0 } };
		// (0.01 + 0.04 + 0.01 + 0.09 + 0.81 + 0.25) / 2
		assertEquals(1.21 / 2, Scores.error(outputs, targets), 1e-12);
		assertEquals(0.5, Scores.accuracy(outputs, targets));
		// one output: correct within 1/2
		assertEquals(0.5, Scores.accuracy(new double[][] { { 0.6 }, { 0.4 } }, new double[][] { { 1 }, { 1 } }));
		assertTrue(Double.isNaN(Scores.error(new double[0][], new double[0][])));
	}

	@Test
	void metricsTableStreamsToTheMonitorAndWritesNaNAsEmpty() throws Exception {
		int[] seen = { 0 };
		TrainingMetrics metrics = new TrainingMetrics(new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				seen[0]++;
			}
		});
		metrics.record(new TrainingReport(0, 2.5, 0.25, Double.NaN, Double.NaN));
		metrics.record(new TrainingReport(100, 0.5, 1, 0.75, 0.5));
		assertEquals(2, seen[0]);
		StringWriter csv = new StringWriter();
		TrainingMetrics.writeCsv(metrics.table(), csv);
		assertEquals("iteration,train_error,train_accuracy,validation_error,validation_accuracy\n"
				+ "0,2.5,0.25,,\n100,0.5,1,0.75,0.5\n", csv.toString());
	}

	@Test
	void trainedNetworkTextParsesBackToTheSameNumbers() {
		LoadedFile source = LOADER.load("nn Net {\n input a, b : positive\n layer h = dense(2, smooth_relu(h = 0.5))\n"
				+ " layer y = dense(1, poly_relu(h = 1, q = 3))\n}\n", "net.crn");
		NeuralNetwork net = source.find(NeuralNetwork.class, "Net").orElseThrow();
		List<double[][]> weights = List.of(new double[][] { { 0.1, -2.5e-7 }, { 1.0 / 3, 4 } },
				new double[][] { { -0.7, Math.PI } });
		List<double[]> biases = List.of(new double[] { 0, -1e-3 }, new double[] { 12.25 });
		String text = TrainedNetworkText.of(net, "NetTrained", weights, biases);
		LoadedFile back = LOADER.load(text, "trained.crn");
		assertFalse(back.hasErrors(), () -> text + back.diagnostics());
		NeuralNetwork trained = back.find(NeuralNetwork.class, "NetTrained").orElseThrow();
		DenseNetwork dense = DenseNetwork.of(trained, "the test");
		for (int l = 0; l < 2; l++) {
			for (int unit = 0; unit < weights.get(l).length; unit++) {
				assertArrayEquals(weights.get(l)[unit], dense.layers().get(l).weights()[unit], 0);
			}
			assertArrayEquals(biases.get(l), dense.layers().get(l).bias(), 0);
		}
		assertEquals(0.5, trained.getLayers().get(0).getActivation().getH());
		assertEquals(3, trained.getLayers().get(1).getActivation().getQ());
		assertTrue(trained.getInputs().get(0).isPositive());
	}
}
