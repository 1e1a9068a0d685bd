package org.crnstudio.compile.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fig. 1 of seed 004 through the language and the simulator: y = relu(x1 - x2) + relu(x1 - x2) - relu(x1 - x2)
 * = relu(x1 - x2) for the four inputs of the issue, reduced and unreduced, with all rates 1 and with every
 * reaction at its own random rate in [0.1, 10] (rate independence: the limit does not depend on the rates).
 */
class Fig1RateIndependenceTest {

	private static final double[][] INPUTS = { { 1, 0 }, { 2, -1 }, { 0, 1 }, { -1, -3 } };

	/** y computed by hand from the figure's weights: the three hidden units all see x1 - x2. */
	private static double expected(double x1, double x2) {
		double h = Math.max(0, x1 - x2);
		return h + h - h;
	}

	private static String source(String reduce) {
		StringBuilder text = new StringBuilder("""
				nn Fig1 {
				    input x1, x2
				    layer h = dense(3, relu)   weights [[1, -1], [1, -1], [1, -1]]
				    layer y = dense(1, linear) weights [[1, 1, -1]]
				}
				crn Fig1Crn = compile Fig1 with rate_independent(reduce = %s)
				""".formatted(reduce));
		for (int k = 0; k < INPUTS.length; k++) {
			text.append("simulation Run").append(k).append(" {\n of Fig1Crn\n input x1 = ").append(INPUTS[k][0])
					.append(", x2 = ").append(INPUTS[k][1]).append("\n method ode(rtol = 1e-10, atol = 1e-12)\n until 400\n plot y\n}\n");
		}
		return text.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "true" })
	void yIsReluOfTheDifferenceForAllRatesOneAndForRandomRates(String reduce) {
		LoadedFile file = new CrnLoader().load(source(reduce), "fig1-" + reduce + ".crn");
		assertTrue(!file.hasErrors(), file.diagnostics().toString());
		ReactionNetwork crn = new CrnCompiler().ensureCompiled(ExampleFiles.find(file, ReactionNetwork.class, "Fig1Crn"));
		assertEquals(reduce.equals("true") ? 7 : 16, crn.getReactions().size());
		// The table: (1, 0) -> 1, (2, -1) -> 3, (0, 1) -> 0, (-1, -3) -> 2.
		assertEquals(1, expected(1, 0));
		assertEquals(3, expected(2, -1));
		assertEquals(0, expected(0, 1));
		assertEquals(2, expected(-1, -3));
		Random random = new Random(2718);
		for (int setting = 0; setting < 4; setting++) {
			if (setting > 0) {
				for (Reaction reaction : crn.getReactions()) {
					// log-uniform in [0.1, 10]: slow and fast reactions equally likely
					((NumberLiteral) reaction.getRate()).setValue(Math.pow(10, 2 * random.nextDouble() - 1));
				}
			}
			for (int k = 0; k < INPUTS.length; k++) {
				Simulation run = ExampleFiles.find(file, Simulation.class, "Run" + k);
				double y = new OdeSimulator().run(SimulationPlan.of(run)).finalValue("y");
				assertEquals(expected(INPUTS[k][0], INPUTS[k][1]), y, 1e-6,
						"reduce = " + reduce + ", rate setting " + setting + ", x = (" + INPUTS[k][0] + ", " + INPUTS[k][1] + ")");
			}
		}
	}
}
