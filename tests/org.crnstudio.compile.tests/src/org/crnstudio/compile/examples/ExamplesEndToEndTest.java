package org.crnstudio.compile.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** examples/fixed-point.crn and examples/rate-independent.crn: the results their comments state. */
class ExamplesEndToEndTest {

	@Test
	void fixedPointSettlesOnTheNetworkOutputsFromZeroAndFromARandomState() {
		LoadedFile file = ExampleFiles.load("fixed-point.crn");
		double[] expected = ForwardPass.of(ExampleFiles.find(file, NeuralNetwork.class, "Small")).outputs(0.8, 1.2);
		ReactionNetwork crn = ExampleFiles.compiled(file, "SmallCrn");
		assertEquals(3 * (2 * 2 + 4) + 2 * (2 * 3 + 4), crn.getReactions().size());
		Simulation settle = ExampleFiles.find(file, Simulation.class, "Settle");
		SimulationResult fromZero = new OdeSimulator().run(SimulationPlan.of(settle));
		assertEquals(30, fromZero.stopTime(), 1e-9);
		assertEquals(expected[0], fromZero.finalValue("out1"), 1e-6);
		assertEquals(expected[1], fromZero.finalValue("out2"), 1e-6);

		Random random = new Random(42);
		for (Species species : crn.getSpecies()) {
			if (species.getRole() == SpeciesRole.HIDDEN || species.getRole() == SpeciesRole.OUTPUT) {
				species.setInitial(20 * random.nextDouble());
			}
		}
		SimulationResult fromRandom = new OdeSimulator().run(SimulationPlan.of(settle));
		assertEquals(expected[0], fromRandom.finalValue("out1"), 1e-6);
		assertEquals(expected[1], fromRandom.finalValue("out2"), 1e-6);
	}

	@Test
	void rateIndependentExampleGivesThreeForAnyRates() {
		LoadedFile file = ExampleFiles.load("rate-independent.crn");
		assertEquals(16, ExampleFiles.compiled(file, "Fig1Crn").getReactions().size());
		ReactionNetwork reduced = ExampleFiles.compiled(file, "Fig1Reduced");
		assertEquals(7, reduced.getReactions().size());
		assertEquals(4, reduced.getReactions().stream().filter(r -> r.getReactants().size() == 1).count());
		Simulation run = ExampleFiles.find(file, Simulation.class, "Fig1Run");
		assertEquals(3, new OdeSimulator().run(SimulationPlan.of(run)).finalValue("y"), 1e-4);
		Random random = new Random(8);
		for (Reaction reaction : reduced.getReactions()) {
			((org.crnstudio.model.NumberLiteral) reaction.getRate()).setValue(0.2 + 5 * random.nextDouble());
		}
		assertEquals(3, new OdeSimulator().run(SimulationPlan.of(run)).finalValue("y"), 1e-4);
	}
}
