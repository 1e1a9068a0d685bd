package org.crnstudio.compile.onepot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.Examples;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** one_pot end to end: files read by the language, networks run by the simulator. */
class OnePotSimulationTest {

	private static final String SMALL = """
			nn Small {
			    input x1, x2
			    layer h = dense(2, smooth_relu(h = 1)) weights [[0.5, -1.0], [1.5, 0.3]] bias [0.1, -0.2]
			    layer y = dense(1, smooth_relu(h = 1)) weights [[1.0, -0.5]] bias [0.2]
			}
			crn Held = compile Small with one_pot(eta = 0.000000001)
			crn Learning = compile Small with one_pot(eta = 0.05, annihilation = true)
			simulation Settle {
			    of Held
			    input x1 = 0.8, x2 = 1.2
			    set T_y = 0.4
			    method ode(stiff = true)
			    until 40
			}
			simulation Learn {
			    of Learning
			    input x1 = 0.8, x2 = 1.2
			    set T_y = 0.4
			    method ode(stiff = true)
			    until 300
			}
			""";

	private static SimulationResult simulate(LoadedFile file, String name) {
		Simulation simulation = file.find(Simulation.class, name).orElseThrow();
		new CrnCompiler().ensureCompiled(simulation.getNetwork());
		return new OdeSimulator().run(SimulationPlan.of(simulation));
	}

	/** With the update switched off in effect, the pot settles at the network's output and its exact gradients. */
	@Test
	void settlesAtTheOutputAndTheBackPropagatedGradients() {
		LoadedFile file = Examples.text(SMALL);
		SimulationResult result = simulate(file, "Settle");
		NeuralNetwork small = file.find(NeuralNetwork.class, "Small").orElseThrow();
		Forward pass = Forward.of(small, new double[] { 0.8, 1.2 });
		assertEquals(pass.activation(1, 0), result.finalValue("y"), 1e-6);
		double[][][] dw = pass.weightGradients(0.4);
		double[][] db = pass.biasGradients(0.4);
		assertEquals(dw[0][1][0], result.finalValue("LW_h_2_1_p") - result.finalValue("LW_h_2_1_n"), 1e-6);
		assertEquals(dw[1][0][1], result.finalValue("LW_y_1_2_p") - result.finalValue("LW_y_1_2_n"), 1e-6);
		assertEquals(db[0][0], result.finalValue("LZ_h_1_p") - result.finalValue("LZ_h_1_n"), 1e-6);
	}

	/** With a real learning rate the output moves to the target of its one sample. */
	@Test
	void learningMovesTheOutputToTheTarget() {
		LoadedFile file = Examples.text(SMALL);
		NeuralNetwork small = file.find(NeuralNetwork.class, "Small").orElseThrow();
		double before = Forward.of(small, new double[] { 0.8, 1.2 }).activation(1, 0);
		double after = simulate(file, "Learn").finalValue("y");
		assertTrue(Math.abs(after - 0.4) < 0.1 * Math.abs(before - 0.4), "before " + before + ", after " + after);
	}

	@Test
	void xorNetOfTheExampleCompiles() {
		NeuralNetwork xor = Examples.load("one-pot-xor.crn").find(NeuralNetwork.class, "XorNet").orElseThrow();
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName("XorPot");
		var compilation = CrnFactory.eINSTANCE.createCompilation();
		compilation.setConstruction(Construction.ONE_POT);
		compilation.setSource(xor);
		compilation.getOptions().add(OnePotCompilerTest.option("period", 300, "300"));
		compilation.getOptions().add(OnePotCompilerTest.option("eta", 0.002, "0.002"));
		network.setCompilation(compilation);
		new CrnCompiler().ensureCompiled(network);
		assertEquals("223 species (23 auxiliary, 22 bias, 104 gradient, 10 hidden, 2 input, 1 output, 1 target, 60 weight),"
				+ " 469 reactions (221 unimolecular, 188 bimolecular, 60 trimolecular)", SizeSummary.of(network).describe());
		assertEquals(300, OnePotCompiler.period(network));
	}
}
