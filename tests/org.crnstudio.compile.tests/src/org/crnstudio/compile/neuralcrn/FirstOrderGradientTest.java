package org.crnstudio.compile.neuralcrn;

import static org.crnstudio.compile.neuralcrn.NeuralCrnCompilerTest.compile;
import static org.crnstudio.compile.neuralcrn.NeuralCrnCompilerTest.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.PhasedEuler;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;
import org.junit.jupiter.api.Test;

/**
 * Option {@code gradient = first_order} (seed 003, section 3.3): in the feedback phase the adjoints are held at
 * their loaded value a = yhat - y, so the gradient of a parameter multiplying x_j is g = T a x_j, whatever the
 * z-dependent terms of f (the NLC-NCRN's -z^3), whose backward run is left out.
 */
class FirstOrderGradientTest {

	private static final double T = 1;
	private static final double FAST = 100;

	/** A 2-2 NLC-NCRN with a full parameter matrix and signed inputs: f_i = theta_i1 x1 + theta_i2 x2 + beta_i - z_i^3. */
	static OdeModel nlc() {
		return OdeModels.ode("Nlc").input("x1", false).input("x2", false).state("z1").state("z2")
				.parameter("t11", 0.8, false).parameter("t12", -0.3, false).parameter("t21", 0.2, false)
				.parameter("t22", 0.9, false).parameter("b1", 0.1, false).parameter("b2", -0.2, false)
				.equation("z1", "t11 * x1 + t12 * x2 + b1 - z1^3").equation("z2", "t21 * x1 + t22 * x2 + b2 - z2^3")
				.output("yhat", "z1 + z2").build();
	}

	/**
	 * The compiled feedback phase, simulated (Euler, independent of the simulator): every gradient ends at the
	 * closed form. The adjoint is loaded by N2 at rate k = fast while N3 already runs, so a(t) = a (1 - e^{-kt})
	 * and g = a x_j (T - (1 - e^{-kT}) / k) exactly; the adjoint then stays at a = z1(T) + z2(T) - y.
	 */
	@Test
	void feedbackPhaseComputesTaxAgainstTheClosedForm() {
		feedbackPhase(compile(nlc(), option("gradient", Double.NaN, "first_order"), option("T", T, "1")));
	}

	/** Option annihilation adds S+ + S- -> 0 for the signed variables, in both phases: the closed form still holds. */
	@Test
	void annihilationChangesNoValue() {
		ReactionNetwork plain = compile(nlc(), option("gradient", Double.NaN, "first_order"));
		ReactionNetwork network = compile(nlc(), option("gradient", Double.NaN, "first_order"), option("T", T, "1"),
				option("annihilation", 1, "true"));
		var added = network.getReactions().stream().filter(r -> "rails".equals(r.getProvenance().getStage())).toList();
		// 6 parameters, 2 states, 1 merged adjoint, 6 gradients, all signed
		assertEquals(15, added.size());
		assertEquals(plain.getReactions().size() + 15, network.getReactions().size());
		for (Reaction reaction : added) {
			assertEquals(null, reaction.getPhase());
			assertTrue(reaction.getProducts().isEmpty());
			String plus = reaction.getReactants().get(0).getSpecies().getName();
			String minus = reaction.getReactants().get(1).getSpecies().getName();
			assertTrue(plus.endsWith("_p") && minus.equals(plus.substring(0, plus.length() - 2) + "_n"), plus + " + " + minus);
		}
		feedbackPhase(network);
	}

	private static void feedbackPhase(ReactionNetwork network) {
		double x1 = 0.7;
		double x2 = -0.4;
		double y = 1;
		PhasedEuler run = new PhasedEuler(network);
		run.set("X1_p", x1);
		run.set("X2_n", -x2);
		run.set("Y_p", y);
		run.run("C1", T, 1e-5);
		double z1 = run.get("Z1_p") - run.get("Z1_n");
		double z2 = run.get("Z2_p") - run.get("Z2_n");
		double a = z1 + z2 - y;
		assertTrue(Math.abs(a) > 0.3, "a non-trivial error to learn from: " + a);
		Map<String, Double> parametersBefore = parameters(run);

		run.run("C2", T, 1e-5);
		double window = T - (1 - Math.exp(-FAST * T)) / FAST;
		Map<String, Double> expected = Map.of("t11", a * x1, "t12", a * x2, "t21", a * x1, "t22", a * x2, "b1", a, "b2", a);
		expected.forEach((parameter, ax) -> assertEquals(ax * window, gradient(run, parameter), 2e-4, "g of " + parameter));
		assertEquals(a, run.get("A_p") - run.get("A_n"), 1e-6, "the adjoint is held at yhat - y");
		assertEquals(parametersBefore, parameters(run), "parameters change only in N4 (phase C1)");

		// N4 in the next C1 moves each parameter by -g (eta = 1)
		Map<String, Double> gradients = new HashMap<>();
		expected.keySet().forEach(parameter -> gradients.put(parameter, gradient(run, parameter)));
		run.set("X1_p", 0);
		run.set("X2_n", 0);
		run.run("C1", T, 1e-5);
		Map<String, Double> after = parameters(run);
		gradients.forEach((parameter, g) -> assertEquals(parametersBefore.get(parameter) - g, after.get(parameter), 1e-6,
				"update of " + parameter));
	}

	/** No reaction of the feedback phase changes anything but a gradient: adjoints are catalysts, no copy of z runs. */
	@Test
	void feedbackPhaseHasNoBackwardDynamics() {
		ReactionNetwork firstOrder = compile(nlc(), option("gradient", Double.NaN, "first_order"));
		for (Reaction reaction : firstOrder.getReactions()) {
			if ("N3".equals(reaction.getProvenance().getStage())) {
				Map<String, Integer> change = netChange(reaction);
				assertTrue(change.keySet().stream().allMatch(name -> name.startsWith("G_")), ReactionText.of(reaction, Map.of()));
			}
		}
		assertTrue(firstOrder.getSpecies().stream().noneMatch(s -> s.getName().startsWith("Z1_b")));
		// the adjoint method runs the copies and the adjoints: dz/dt = -f holds +z^3 (the term that blows up)
		ReactionNetwork adjoint = compile(nlc());
		assertTrue(adjoint.getSpecies().stream().anyMatch(s -> s.getName().equals("Z1_b_p")));
		assertTrue(adjoint.getReactions().size() > firstOrder.getReactions().size());
		assertTrue(ReactionText.all(adjoint, Map.of()).stream().anyMatch(text -> text.startsWith("3 Z1_b_p ->")),
				ReactionText.all(adjoint, Map.of()).toString());
	}

	/** When f does not depend on z the adjoints are static anyway: both options compile the same circuit. */
	@Test
	void linearModelsCompileAlikeUnderBothOptions() {
		ReactionNetwork adjoint = compile(OdeModels.linReg());
		ReactionNetwork firstOrder = compile(OdeModels.linReg(), option("gradient", Double.NaN, "first_order"));
		assertEquals(ReactionText.all(adjoint, Map.of()), ReactionText.all(firstOrder, Map.of()));
		assertEquals(adjoint.getSpecies().stream().map(Species::getName).toList(),
				firstOrder.getSpecies().stream().map(Species::getName).toList());
	}

	/** Where df/dtheta reads a state, the gradient reads the copy of z(T), held (loaded by N2, no N3 reaction of its own). */
	@Test
	void stateDependentGradientsReadTheHeldCopy() {
		OdeModel model = OdeModels.ode("Decay").input("x", true).state("z", 1).parameter("k", 0.5, false)
				.equation("z", "x - k * z").output("yhat", "z").build();
		ReactionNetwork network = compile(model, option("gradient", Double.NaN, "first_order"), option("T", T, "1"));
		PhasedEuler run = new PhasedEuler(network);
		run.set("X", 2);
		run.set("Y", 0.5);
		run.run("C1", T, 1e-5);
		double z = run.get("Z");
		assertEquals(4 - 3 * Math.exp(-0.5 * T), z, 1e-4, "z(T) of z' = 2 - z/2 from 1");
		double a = z - 0.5;
		run.run("C2", T, 1e-5);
		// df/dk = -z: g = -T a z(T), with both a and the copy loaded at rate k = fast from t = 0
		double window = T - 2 * (1 - Math.exp(-FAST * T)) / FAST + (1 - Math.exp(-2 * FAST * T)) / (2 * FAST);
		assertEquals(-a * z * window, run.get("G_k_p") - run.get("G_k_n"), 2e-4);
		assertEquals(z, run.get("Z_b"), 1e-6, "the copy holds z(T)");
	}

	@Test
	void anUnknownGradientWordNamesTheValidOnes() {
		CompilationException failure = assertThrows(CompilationException.class,
				() -> compile(nlc(), option("gradient", Double.NaN, "exact")));
		assertTrue(failure.getMessage().contains("option 'gradient' of neural_crn must be one of adjoint, first_order, found 'exact'"),
				failure.getMessage());
		assertEquals(5, failure.getLine());
	}

	private static double gradient(PhasedEuler run, String parameter) {
		return run.get("G_" + parameter + "_p") - run.get("G_" + parameter + "_n");
	}

	private static Map<String, Double> parameters(PhasedEuler run) {
		Map<String, Double> values = new HashMap<>();
		for (String name : new String[] { "t11", "t12", "t21", "t22", "b1", "b2" }) {
			String species = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			values.put(name, run.get(species + "_p") - run.get(species + "_n"));
		}
		return values;
	}

	private static Map<String, Integer> netChange(Reaction reaction) {
		Map<String, Integer> change = new HashMap<>();
		for (Term term : reaction.getReactants()) {
			change.merge(term.getSpecies().getName(), -term.getCoefficient(), Integer::sum);
		}
		for (Term term : reaction.getProducts()) {
			change.merge(term.getSpecies().getName(), term.getCoefficient(), Integer::sum);
		}
		change.values().removeIf(value -> value == 0);
		return change;
	}
}
