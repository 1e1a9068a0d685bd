package org.crnstudio.compile.neuralcrn;

import static org.crnstudio.compile.ReactionText.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.MassAction;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

class NeuralCrnCompilerTest {

	/** Our names to the paper's (seed 003, minimal linear regression circuit). */
	private static final Map<String, String> PAPER_NAMES = Map.of("Theta1", "P1", "Theta2", "P2", "A_p", "A+", "A_n", "A-",
			"G_theta1_p", "G1+", "G_theta1_n", "G1-", "G_theta2_p", "G2+", "G_theta2_n", "G2-");

	static ReactionNetwork compile(OdeModel model, Option... options) {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName(model.getName() + "Crn");
		new NeuralCrnCompiler().compile(model, new CompilationOptions("neural_crn", List.of(options), 5), network);
		return network;
	}

	static Option option(String name, double value, String literal) {
		Option option = CrnFactory.eINSTANCE.createOption();
		option.setName(name);
		option.setValue(value);
		option.setLiteral(literal);
		return option;
	}

	private static long stage(ReactionNetwork network, String stage) {
		return network.getReactions().stream().filter(r -> stage.equals(r.getProvenance().getStage())).count();
	}

	@Test
	void linRegIsThePapersMinimalCircuit() {
		ReactionNetwork network = compile(OdeModels.linReg(), option("T", 0.5, "0.5"));
		assertEquals(canonical("X1 + P1 -> Z1 + X1 + P1", "X2 + P2 -> Z2 + X2 + P2", "Z1 -> A+", "Z2 -> A+", "Y -> A-",
				"X1 + A+ -> G1+ + X1 + A+", "X1 + A- -> G1- + X1 + A-", "X2 + A+ -> G2+ + X2 + A+",
				"X2 + A- -> G2- + X2 + A-", "G1- -> P1", "G2- -> P2", "G1+ + P1 -> 0", "G2+ + P2 -> 0"),
				ReactionText.all(network, PAPER_NAMES));
		assertEquals(13, network.getReactions().size());
		assertEquals(List.of("X1", "X2", "Y", "P1", "P2", "Z1", "Z2", "A+", "A-", "G1+", "G1-", "G2+", "G2-", "C1", "C2"),
				network.getSpecies().stream().map(s -> PAPER_NAMES.getOrDefault(s.getName(), s.getName())).toList());
		assertEquals(List.of(2L, 3L, 4L, 4L),
				List.of(stage(network, "N1"), stage(network, "N2"), stage(network, "N3"), stage(network, "N4")));
	}

	@Test
	void stagesRunInTheirClockPhasesAndSpeciesHaveRoles() {
		ReactionNetwork network = compile(OdeModels.linReg());
		for (Reaction reaction : network.getReactions()) {
			String stage = reaction.getProvenance().getStage();
			assertEquals(stage.equals("N1") || stage.equals("N4") ? "C1" : "C2", reaction.getPhase(), stage);
			assertNotNull(reaction.getProvenance().getDescription());
		}
		Map<String, Species> byName = network.getSpecies().stream().collect(Collectors.toMap(Species::getName, s -> s));
		assertEquals(1.0, byName.get("C1").getInitial());
		assertEquals(0.0, byName.get("C2").getInitial());
		assertEquals(SpeciesRole.CLOCK, byName.get("C2").getRole());
		assertEquals(SpeciesRole.PARAMETER, byName.get("Theta1").getRole());
		assertEquals(0.5, byName.get("Theta1").getInitial());
		assertEquals(SpeciesRole.ADJOINT, byName.get("A_p").getRole());
		assertEquals(SpeciesRole.GRADIENT, byName.get("G_theta2_n").getRole());
		assertEquals(SpeciesRole.TARGET, byName.get("Y").getRole());
		assertEquals(SpeciesRole.INPUT, byName.get("X1").getRole());
		assertEquals(SpeciesRole.HIDDEN, byName.get("Z2").getRole());
		network.getSpecies().forEach(s -> assertNotNull(s.getProvenance(), s.getName()));

		Map<String, Port> ports = network.getPorts().stream().collect(Collectors.toMap(Port::getName, p -> p));
		assertEquals(PortKind.INPUT, ports.get("x1").getKind());
		assertEquals("X2", ports.get("x2").getPlus().getName());
		assertNull(ports.get("x2").getMinus());
		assertEquals(PortKind.TARGET, ports.get("y").getKind());
		assertEquals("Y", ports.get("y").getPlus().getName());
		assertEquals(1, network.getObservables().size());
		assertEquals("yhat", network.getObservables().get(0).getName());
	}

	/** The LR-NCRN of Table 5 (fixed bias beta = 1): 17 species and 14 reactions when adjoints keep their own species. */
	@Test
	void linRegWithBiasIsTheLrNcrn() {
		OdeModel model = OdeModels.ode("LinRegBias").input("x1", true).input("x2", true).state("z1").state("z2")
				.parameter("theta1", 0.5, true).parameter("theta2", 0.5, true)
				.equation("z1", "theta1 * x1 + 1").equation("z2", "theta2 * x2 + 1").output("yhat", "z1 + z2").build();
		ReactionNetwork separate = compile(model, option("merge_adjoints", 0, "false"));
		assertEquals(17, separate.getSpecies().size());
		assertEquals(14, separate.getReactions().size());
		assertEquals(List.of(3L, 3L, 4L, 4L),
				List.of(stage(separate, "N1"), stage(separate, "N2"), stage(separate, "N3"), stage(separate, "N4")));
		assertTrue(ReactionText.all(separate, Map.of()).containsAll(canonical("0 -> Z1 + Z2", "Z1 -> A_z1_p + A_z2_p",
				"Y -> A_z1_n + A_z2_n", "X1 + A_z1_p -> X1 + A_z1_p + G_theta1_p")), ReactionText.all(separate, Map.of()).toString());

		ReactionNetwork merged = compile(model);
		assertEquals(15, merged.getSpecies().size());
		assertEquals(14, merged.getReactions().size());
	}

	/**
	 * A learnable bias beta (one species, shared by both equations): N1 3 (beta's term is one reaction producing
	 * Z1 and Z2), N2 3, N3 4 + 2 (dg_beta/dt = a1 + a2 = 2a: A+ -> A+ + G_beta+ at rate 2, and the minus rail),
	 * N4 3 x 2 = 6: 18 reactions; 15 species + beta + 2 gradient rails = 18.
	 */
	@Test
	void aLearnableBiasGetsItsOwnGradient() {
		OdeModel model = OdeModels.ode("LinRegBeta").input("x1", true).input("x2", true).state("z1").state("z2")
				.parameter("theta1", 0.5, true).parameter("theta2", 0.5, true).parameter("beta", 0.1, true)
				.equation("z1", "theta1 * x1 + beta").equation("z2", "theta2 * x2 + beta").output("yhat", "z1 + z2").build();
		ReactionNetwork network = compile(model);
		assertEquals(List.of(3L, 3L, 6L, 6L),
				List.of(stage(network, "N1"), stage(network, "N2"), stage(network, "N3"), stage(network, "N4")));
		assertEquals(18, network.getSpecies().size());
		Reaction biasGradient = network.getReactions().stream()
				.filter(r -> ReactionText.of(r, Map.of()).equals(canonical("A_p -> A_p + G_beta_p"))).findFirst().orElseThrow();
		assertEquals(2.0, ReactionText.rate(biasGradient));
		assertTrue(ReactionText.all(network, Map.of()).contains(canonical("Beta -> Beta + Z1 + Z2")));
	}

	/** The N1 reactions' mass-action ODE, read on the rails, is the model's ODE (random positive concentrations). */
	@Test
	void forwardStageRealisesTheSourceOde() {
		OdeModel model = OdeModels.ode("Mixed").input("x", false).input("u", true).state("z1", -0.5).state("z2")
				.parameter("a", -1.2, false).parameter("b", 0.7, true)
				.equation("z1", "a * x * z2 - z1^2 / 2 + 0.5").equation("z2", "b * u - a * z1 + x^2")
				.output("out", "z1 - 2 * z2").build();
		ReactionNetwork network = compile(model);
		Random random = new Random(7);
		for (int trial = 0; trial < 20; trial++) {
			Map<String, Double> c = new HashMap<>();
			network.getSpecies().forEach(s -> c.put(s.getName(), 0.1 + 2 * random.nextDouble()));
			Map<String, Double> rates = MassAction.rhs(network, r -> "C1".equals(r.getPhase())
					&& "N1".equals(r.getProvenance().getStage()), c);
			double x = c.get("X_p") - c.get("X_n"), u = c.get("U"), a = c.get("A_p") - c.get("A_n"), b = c.get("B");
			double z1 = c.get("Z1_p") - c.get("Z1_n"), z2 = c.get("Z2_p") - c.get("Z2_n");
			assertEquals(a * x * z2 - z1 * z1 / 2 + 0.5, rates.get("Z1_p") - rates.get("Z1_n"), 1e-9);
			assertEquals(b * u - a * z1 + x * x, rates.get("Z2_p") - rates.get("Z2_n"), 1e-9);
		}
	}

	/**
	 * A nonlinear model whose adjoint changes in N3: the C2 reactions' rates are -f for the copied states,
	 * a . df/dz for the adjoints and a . df/dtheta for the gradients (derived by hand below).
	 */
	@Test
	void backwardStageRealisesTheAdjointOdes() {
		// z' = theta * x - z^2 (single rail z), output y = z
		OdeModel model = OdeModels.ode("Nl").input("x", true).state("z").parameter("theta", 1, true)
				.equation("z", "theta * x - z^2").output("y", "z").build();
		ReactionNetwork network = compile(model);
		Random random = new Random(3);
		for (int trial = 0; trial < 10; trial++) {
			Map<String, Double> c = new HashMap<>();
			network.getSpecies().forEach(s -> c.put(s.getName(), 0.1 + 2 * random.nextDouble()));
			Map<String, Double> rates = MassAction.rhs(network, r -> "N3".equals(r.getProvenance().getStage()), c);
			double x = c.get("X"), theta = c.get("Theta"), zb = c.get("Z_b_p") - c.get("Z_b_n"), a = c.get("A_p") - c.get("A_n");
			assertEquals(-(theta * x - zb * zb), rates.get("Z_b_p") - rates.get("Z_b_n"), 1e-9, "dz/dt = -f");
			assertEquals(a * (-2 * zb), rates.getOrDefault("A_p", 0.0) - rates.getOrDefault("A_n", 0.0), 1e-9, "da/dt = a df/dz");
			assertEquals(a * x, rates.get("G_theta_p") - rates.get("G_theta_n"), 1e-9, "dg/dt = a df/dtheta");
		}
		// N2 moves z(T) into its backward copy and the adjoint, the target into the adjoint's other rail
		assertEquals(canonical("Z -> Z_b_p + A_p", "Y -> A_n"),
				ReactionText.where(network, r -> "N2".equals(r.getProvenance().getStage()), Map.of()));
		// the target species is Y (port y), the observable y: different names
		assertTrue(network.getSpecies().stream().noneMatch(s -> s.getName().equals("y")));
	}

	@Test
	void cubicTermsCompileToTrimolecularReactions() {
		OdeModel model = OdeModels.ode("Nlc").input("x", true).state("z").parameter("theta", 1, true)
				.parameter("beta", 0.5, true).equation("z", "theta * x + beta - z^3").output("y", "z").build();
		ReactionNetwork network = compile(model);
		assertTrue(ReactionText.all(network, Map.of()).contains(canonical("3 Z -> 2 Z")));
		// the validator reports the term (ValidationTest.odeMonomialDegree): one degree check, in the language
	}

	/** N4 with eta < 1: whatever the concentrations, P moves by exactly eta times the gradient consumed. */
	@Test
	void updateWithEtaBelowOneTransfersExactlyEta() {
		OdeModel signed = OdeModels.ode("Signed").input("x", true).state("z").parameter("theta", -0.5, false)
				.equation("z", "theta * x").output("y", "z").build();
		for (OdeModel model : List.of(OdeModels.linReg(), signed)) {
			ReactionNetwork network = compile(model, option("eta", 0.25, "0.25"));
			String theta = model == signed ? "theta" : "theta1";
			String g = "G_" + theta;
			String p = model == signed ? "Theta" : "Theta1";
			Random random = new Random(11);
			for (int trial = 0; trial < 5; trial++) {
				Map<String, Double> c = new HashMap<>();
				network.getSpecies().forEach(s -> c.put(s.getName(), 0.1 + 3 * random.nextDouble()));
				Map<String, Double> rates = MassAction.rhs(network, r -> "N4".equals(r.getProvenance().getStage()), c);
				double parameterRate = model == signed ? rates.get(p + "_p") - rates.get(p + "_n") : rates.get(p);
				// the gradient value consumed: d(g+ - g-)/dt, of which eta reaches -theta
				double gradientRate = rates.get(g + "_p") - rates.get(g + "_n");
				double consumedPlus = -rates.get(g + "_p"), consumedMinus = -rates.get(g + "_n");
				assertEquals(0.25 * (consumedMinus - consumedPlus), parameterRate, 1e-9, model.getName());
				assertTrue(gradientRate != 0);
			}
		}
		assertEquals(17, compile(OdeModels.linReg(), option("eta", 0.25, "0.25")).getReactions().size());
	}

	@Test
	void badModelsAreRejectedWithTheirLine() {
		OdeModel fractional = OdeModels.ode("Half").input("x", true).state("z").parameter("p", 1, true)
				.equation("z", "p * x").output("y", "z / 2").build();
		CompilationException failure = assertThrows(CompilationException.class, () -> compile(fractional));
		assertTrue(failure.getMessage().contains("output y of Half"), failure.getMessage());
		assertEquals(20, failure.getLine());

		OdeModels builder = OdeModels.ode("Exp").input("x", true).state("z").parameter("p", 1, true);
		OdeModel exponential = builder.equation("z", "exp(x)").output("y", "z").build();
		failure = assertThrows(CompilationException.class, () -> compile(exponential));
		assertTrue(failure.getMessage().contains("exp(...)"), failure.getMessage());

		OdeModel declaredPositive = OdeModels.ode("Drain").input("x", true).state("z").parameter("p", 1, true)
				.equation("z", "p - x").output("y", "z").build();
		declaredPositive.getStates().get(0).setPositive(true);
		failure = assertThrows(CompilationException.class, () -> compile(declaredPositive));
		assertTrue(failure.getMessage().contains("can make z negative"), failure.getMessage());
		assertEquals(10, failure.getLine());

		failure = assertThrows(CompilationException.class, () -> compile(OdeModels.linReg(), option("eta", 2, "2")));
		assertTrue(failure.getMessage().contains("eta"), failure.getMessage());
	}

	@Test
	void theEntryPointCompilesADeclaredNetworkInPlace() {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName("LinRegCrn");
		var compilation = CrnFactory.eINSTANCE.createCompilation();
		compilation.setConstruction(Construction.NEURAL_CRN);
		compilation.setSource(OdeModels.linReg());
		compilation.getOptions().add(option("T", 0.5, "0.5"));
		network.setCompilation(compilation);
		new CrnCompiler().ensureCompiled(network);
		assertEquals(13, network.getReactions().size());
		assertEquals(0.5, NeuralCrnCompiler.phaseDuration(network));
	}
}
