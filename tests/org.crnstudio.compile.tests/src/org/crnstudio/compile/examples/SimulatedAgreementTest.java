package org.crnstudio.compile.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.nn.Models;
import org.crnstudio.io.Trajectory;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Construction;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Compiled networks simulated by org.crnstudio.sim agree with the reference forward pass. */
class SimulatedAgreementTest {

	@Test
	void reducedAndUnreducedRateIndependentNetworksComputeRandomNetworks() {
		Random random = new Random(31);
		for (int trial = 0; trial < 3; trial++) {
			NeuralNetwork net = Models.nn("Random" + trial).input("a", "b", "c")
					.layer("h1", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 5, 3), Models.random(random, 1, 5, 1.5)[0])
					.layer("h2", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 4, 5), Models.random(random, 1, 4, 1.5)[0])
					.layer("out", Models.activation(ActivationKind.LINEAR), Models.randomSigns(random, 2, 4), Models.random(random, 1, 2, 1.5)[0])
					.build();
			double[] x = { 4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2 };
			double[] expected = ForwardPass.of(net).outputs(x);
			for (String reduce : List.of("false", "true")) {
				ReactionNetwork crn = Models.compile(net, Construction.RATE_INDEPENDENT, Models.option("reduce", reduce));
				setInputs(crn, x);
				// M + I- -> H- slows down like 1/t when its reactants nearly cancel: a long horizon.
				SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(crn, 2000).withStiff(true)
						.withOutputIntervals(4).withSeries(List.of("out1", "out2")));
				assertEquals(expected[0], result.finalValue("out1"), 1e-4, "trial " + trial + " reduce " + reduce);
				assertEquals(expected[1], result.finalValue("out2"), 1e-4, "trial " + trial + " reduce " + reduce);
			}
		}
	}

	@Test
	void mnistSizedFixedPointNetworkAgreesAtTimeFiveAndSettlesByThirty() {
		Random random = new Random(1);
		String[] pixels = new String[784];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = "px" + i;
		}
		NeuralNetwork net = Models.nn("Mnist").input(pixels)
				.layer("hidden", Models.smoothRelu(1), Models.random(random, 40, 784, 0.1), Models.random(random, 1, 40, 0.5)[0])
				.layer("out", Models.smoothRelu(1), Models.random(random, 10, 40, 0.5), Models.random(random, 1, 10, 0.5)[0]).build();
		ReactionNetwork crn = Models.compile(net, Construction.FIXED_POINT, new Option[0]);
		double[] image = new double[784];
		for (int i = 0; i < image.length; i++) {
			image[i] = random.nextDouble();
		}
		setInputs(crn, image);
		// The paper's experiment: start from 10 * rand.
		for (Species species : crn.getSpecies()) {
			if (species.getRole() == SpeciesRole.HIDDEN || species.getRole() == SpeciesRole.OUTPUT) {
				species.setInitial(10 * random.nextDouble());
			}
		}
		List<String> outputs = new ArrayList<>();
		for (int k = 1; k <= 10; k++) {
			outputs.add("out" + k);
		}
		SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(crn, 30).withOutputIntervals(6).withSeries(outputs));
		Trajectory trajectory = result.trajectory();
		assertEquals(5.0, trajectory.time(1), 1e-12);
		double[] expected = ForwardPass.of(net).outputs(image);
		for (int k = 0; k < 10; k++) {
			assertEquals(expected[k], trajectory.value(1, trajectory.indexOf("out" + (k + 1))), 1e-3, "out" + (k + 1) + " at t = 5");
			assertEquals(expected[k], result.finalValue("out" + (k + 1)), 1e-6, "out" + (k + 1) + " at t = 30");
		}
	}

	/** What a simulation's {@code input} does: the value on the port's rails. */
	private static void setInputs(ReactionNetwork crn, double[] values) {
		for (int i = 0; i < values.length; i++) {
			Port port = crn.getPorts().get(i);
			port.getPlus().setInitial(Math.max(values[i], 0));
			if (port.getMinus() != null) {
				port.getMinus().setInitial(Math.max(-values[i], 0));
			}
		}
	}
}
