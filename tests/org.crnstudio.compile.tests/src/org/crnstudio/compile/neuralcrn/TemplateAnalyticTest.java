package org.crnstudio.compile.neuralcrn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 003's templates I-V (Table 2), each compiled from a one-term ODE, simulated by the ODE simulator and
 * compared with the closed-form solution of that ODE at several times. Tolerance 1e-6 (the simulator's default
 * tolerances are rtol 1e-8, atol 1e-10).
 */
class TemplateAnalyticTest {

	private static final double TOLERANCE = 1e-6;

	private final ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
	private final NetworkBuilder builder = new NetworkBuilder(network, Construction.NEURAL_CRN);
	private final Map<String, Rails> rails = new HashMap<>();

	TemplateAnalyticTest() {
		network.setName("Template");
	}

	private void single(String variable, double value) {
		rails.put(variable, new Rails(builder.species(variable.toUpperCase(), value, SpeciesRole.PLAIN, null), null));
	}

	/** A signed value split over two rails, both strictly positive so every reaction of the template fires. */
	private void dual(String variable, double value) {
		double offset = 0.25;
		rails.put(variable, new Rails(builder.species(variable.toUpperCase() + "_p", Math.max(value, 0) + offset, SpeciesRole.PLAIN, null),
				builder.species(variable.toUpperCase() + "_n", Math.max(-value, 0) + offset, SpeciesRole.PLAIN, null)));
	}

	private void compile(Polynomial rhs) {
		new PolynomialOdeCompiler(builder).compile(Map.of("z", rhs), rails, 1, (reaction, targets, description) -> {
		});
	}

	/** z at time t: the single rail, or the rails' difference. */
	private double simulatedZ(double t) {
		SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(network, t));
		Rails z = rails.get("z");
		double plus = result.finalValue(z.plus().getName());
		return z.minus() == null ? plus : plus - result.finalValue(z.minus().getName());
	}

	private static Polynomial xy() {
		return Polynomial.variable("x").times(Polynomial.variable("y"));
	}

	/** Type I: dz/dt = x y with positive catalysts x, y: z(t) = z0 + x y t. */
	@ParameterizedTest
	@ValueSource(doubles = { 0.5, 1.0, 2.0 })
	void typeOneGrowsLinearly(double t) {
		single("x", 1.5);
		single("y", 0.4);
		single("z", 0.3);
		compile(xy());
		assertEquals(1, network.getReactions().size());
		assertEquals(0.3 + 1.5 * 0.4 * t, simulatedZ(t), TOLERANCE);
	}

	/** Type II: dz/dt = x y with signed x, y on two rails each: z(t) = z0 + x y t, read as z+ - z-. */
	@ParameterizedTest
	@ValueSource(doubles = { 0.5, 1.0, 2.0 })
	void typeTwoIsTheSignedProduct(double t) {
		dual("x", -1.2);
		dual("y", 0.7);
		dual("z", 0.5);
		compile(xy());
		assertEquals(4, network.getReactions().size());
		assertEquals(0.5 + (-1.2) * 0.7 * t, simulatedZ(t), TOLERANCE);
	}

	/** Type III: dz/dt = -x y with signed rails: z(t) = z0 - x y t. */
	@ParameterizedTest
	@ValueSource(doubles = { 0.5, 1.0, 2.0 })
	void typeThreeIsTheNegatedSignedProduct(double t) {
		dual("x", -0.8);
		dual("y", -1.1);
		dual("z", -0.2);
		compile(xy().times(-1));
		assertEquals(4, network.getReactions().size());
		assertEquals(-0.2 - (-0.8) * (-1.1) * t, simulatedZ(t), TOLERANCE);
	}

	/** Type IV: dz/dt = z^q: z(t) = (z0^(1-q) - (q-1) t)^(1/(1-q)), before the blow-up at z0^(1-q)/(q-1). */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void typeFourIsThePowerGrowth(int q) {
		double z0 = 0.8;
		single("z", z0);
		compile(Polynomial.variable("z").power(q));
		assertEquals(1, network.getReactions().size());
		double blowUp = Math.pow(z0, 1 - q) / (q - 1);
		for (double fraction : new double[] { 0.2, 0.5, 0.8 }) {
			double t = fraction * blowUp;
			double exact = Math.pow(Math.pow(z0, 1 - q) - (q - 1) * t, 1.0 / (1 - q));
			assertEquals(exact, simulatedZ(t), TOLERANCE * exact, "q = " + q + ", t = " + t);
		}
	}

	/** Type V: dz/dt = -z^q: z(t) = (z0^(1-q) + (q-1) t)^(1/(1-q)). */
	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void typeFiveIsThePowerDecay(int q) {
		double z0 = 1.7;
		single("z", z0);
		compile(Polynomial.variable("z").power(q).times(-1));
		assertEquals(1, network.getReactions().size());
		for (double t : new double[] { 0.3, 1.0, 5.0 }) {
			double exact = Math.pow(Math.pow(z0, 1 - q) + (q - 1) * t, 1.0 / (1 - q));
			assertEquals(exact, simulatedZ(t), TOLERANCE, "q = " + q + ", t = " + t);
		}
	}
}
