package org.crnstudio.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.io.Trajectory;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * one_pot on problems small enough to check: the weight of a 1-1 network follows the gradient flow
 * dw/dt = -eta dL/dw computed independently from the closed forms of the smooth ReLU; same seed, same metrics; the
 * written network parses, compiles and simulates.
 */
class OnePotTrainingTest {

	private static final CrnLoader LOADER = new CrnLoader();

	private static final double H = 1;
	private static final double W0 = 0.5;
	private static final double B0 = 0.2;
	private static final double X = 1.5;
	private static final double TARGET = 2.5;
	private static final double ETA = 0.001;
	private static final double PERIOD = 100;

	/** One sample, one iteration per period: after two periods w and b are read off the trained declaration. */
	private static String oneToOne(int iterations) {
		return "dataset D { inputs x targets y row " + X + " -> " + TARGET + " }\n"
				+ "nn N { input x\n layer y = dense(1, smooth_relu(h = " + H + ")) weights [[" + W0 + "]] bias [" + B0 + "] }\n"
				+ "training T { of N on D method one_pot(eta = " + ETA + ", period = " + PERIOD + ", report_every = 1,"
				+ " rtol = 1e-9, atol = 1e-12) iterations " + iterations + " seed 3 }\n";
	}

	@Test
	void weightsFollowTheGradientFlowOfTheLoss() {
		TrainingOutcome outcome = TrainingRunner.run(LOADER.load(oneToOne(2), "one.crn"), "T", TrainingMonitor.NONE);
		NeuralNetwork trained = trainedNetwork(outcome);
		double w = trained.getLayers().get(0).getWeights().getRows().get(0).getValues().get(0);
		double b = trained.getLayers().get(0).getBias().get(0);

		// Independent: L = (phi(w x + b) - t)^2, dL/dw = 2 (y - t) phi'(z) x, dL/db = 2 (y - t) phi'(z), phi' = y^2/(y^2 + h).
		double[] flow = gradientFlow(2 * PERIOD);
		double dw = flow[0] - W0;
		double db = flow[1] - B0;
		assertTrue(Math.abs(dw) > 0.05, "the weight moves: " + dw);
		// The pot lags the flow only by its fast transients (a few time units out of 200): within 3% of the change.
		assertEquals(dw, w - W0, 0.03 * Math.abs(dw), "change of w");
		assertEquals(db, b - B0, 0.03 * Math.abs(db), "change of b");
	}

	private static double[] gradientFlow(double time) {
		OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 2;
			}

			@Override
			public double[] computeDerivatives(double t, double[] p) {
				double z = p[0] * X + p[1];
				double y = (z + Math.sqrt(z * z + 4 * H)) / 2;
				double dz = 2 * (y - TARGET) * y * y / (y * y + H);
				return new double[] { -ETA * dz * X, -ETA * dz };
			}
		};
		return new DormandPrince853Integrator(1e-6, time, 1e-12, 1e-12)
				.integrate(flow, new ODEState(0, new double[] { W0, B0 }), time).getPrimaryState();
	}

	@Test
	void sameSeedSameMetricsAndTheTrainedNetworkCompilesAndSimulates() {
		String xor = "dataset Xor { inputs x1, x2 targets y row 0, 0 -> 0 row 0, 1 -> 1 row 1, 0 -> 1 row 1, 1 -> 0 }\n"
				+ "nn XorNet { input x1, x2\n layer hidden = dense(3, smooth_relu(h = 1))\n layer y = dense(1, smooth_relu(h = 1)) }\n"
				+ "training T { of XorNet on Xor method one_pot(eta = 0.01, period = 20, report_every = 4) iterations 8 seed 5 }\n";
		TrainingOutcome first = TrainingRunner.run(LOADER.load(xor, "xor.crn"), "T", TrainingMonitor.NONE);
		List<TrainingReport> streamed = new ArrayList<>();
		TrainingOutcome second = TrainingRunner.run(LOADER.load(xor, "xor.crn"), "T", new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				streamed.add(report);
			}
		});
		assertEquals(List.of(0L, 4L, 8L), streamed.stream().map(TrainingReport::iteration).toList());
		assertTable(first.metrics(), second.metrics());
		assertEquals(first.trainedDeclarations(), second.trainedDeclarations());

		// The written nn compiles (fixed_point) and simulates: its output equals the network's at the learned weights.
		String text = xor + first.trainedDeclarations()
				+ "crn Check = compile XorNetTrained with fixed_point(rails = exact)\n";
		LoadedFile loaded = LOADER.load(text, "trained.crn");
		assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
		NeuralNetwork trained = loaded.find(NeuralNetwork.class, "XorNetTrained").orElseThrow();
		ReactionNetwork crn = new CrnCompiler().ensureCompiled(loaded.find(ReactionNetwork.class, "Check").orElseThrow());
		SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(crn, 60).withStiff(true));
		double expected = org.crnstudio.compile.nn.ForwardPass.of(trained).outputs(0, 0)[0];
		assertEquals(expected, result.finalValue("y"), 1e-5);
	}

	private static void assertTable(Trajectory expected, Trajectory actual) {
		assertEquals(expected.size(), actual.size());
		for (int row = 0; row < expected.size(); row++) {
			assertEquals(expected.time(row), actual.time(row));
			assertArrayEquals(expected.row(row), actual.row(row));
		}
	}

	private static NeuralNetwork trainedNetwork(TrainingOutcome outcome) {
		LoadedFile file = LOADER.load(outcome.trainedDeclarations(), "trained.crn");
		assertFalse(file.hasErrors(), file.diagnostics().toString());
		return file.find(NeuralNetwork.class, "NTrained").orElseThrow();
	}
}
