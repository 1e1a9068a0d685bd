package org.crnstudio.compile.neuralcrn;

import static org.crnstudio.compile.ReactionText.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.MassAction;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

/** The kinetic transformation on its own: the templates I-V of seed 003's Table 2, and ODE equivalence. */
class PolynomialOdeCompilerTest {

	private final ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
	private final NetworkBuilder builder = new NetworkBuilder(network, Construction.NEURAL_CRN);
	private final Map<String, Rails> rails = new HashMap<>();

	private void single(String variable, String species) {
		rails.put(variable, new Rails(builder.species(species, 0, SpeciesRole.PLAIN, null), null));
	}

	private void dual(String variable, String plus, String minus) {
		rails.put(variable, new Rails(builder.species(plus, 0, SpeciesRole.PLAIN, null),
				builder.species(minus, 0, SpeciesRole.PLAIN, null)));
	}

	private void compile(String target, Polynomial rhs) {
		new PolynomialOdeCompiler(builder).compile(Map.of(target, rhs), rails, 1, (reaction, targets, description) -> {
		});
	}

	private static Polynomial xy() {
		return Polynomial.variable("x").times(Polynomial.variable("y"));
	}

	@Test
	void typeOnePositiveProductIsOneCatalyticReaction() {
		single("x", "X");
		single("y", "Y");
		single("z", "Z");
		compile("z", xy());
		assertEquals(java.util.Set.of(canonical("X + Y -> Z + X + Y")), ReactionText.all(network, Map.of()));
	}

	@Test
	void typeTwoSignedProductIsFourReactions() {
		dual("x", "X+", "X-");
		dual("y", "Y+", "Y-");
		dual("z", "Z+", "Z-");
		compile("z", xy());
		assertEquals(canonical("X+ + Y+ -> X+ + Y+ + Z+", "X- + Y- -> X- + Y- + Z+", "X+ + Y- -> X+ + Y- + Z-",
				"X- + Y+ -> X- + Y+ + Z-"), ReactionText.all(network, Map.of()));
	}

	@Test
	void typeThreeSwapsTheTargetRails() {
		dual("x", "X+", "X-");
		dual("y", "Y+", "Y-");
		dual("z", "Z+", "Z-");
		compile("z", xy().times(-1));
		assertEquals(canonical("X+ + Y+ -> X+ + Y+ + Z-", "X- + Y- -> X- + Y- + Z-", "X+ + Y- -> X+ + Y- + Z+",
				"X- + Y+ -> X- + Y+ + Z+"), ReactionText.all(network, Map.of()));
	}

	@Test
	void aPositiveFactorHalvesASignedProduct() {
		single("x", "X");
		dual("y", "Y+", "Y-");
		dual("z", "Z+", "Z-");
		compile("z", xy());
		assertEquals(canonical("X + Y+ -> X + Y+ + Z+", "X + Y- -> X + Y- + Z-"), ReactionText.all(network, Map.of()));
	}

	@Test
	void typesFourAndFiveArePowersOfTheTargetItself() {
		single("z", "Z");
		compile("z", Polynomial.variable("z").power(3));
		assertEquals(java.util.Set.of(canonical("3 Z -> 4 Z")), ReactionText.all(network, Map.of()));
		network.getReactions().clear();
		compile("z", Polynomial.variable("z").power(2).times(-1));
		assertEquals(java.util.Set.of(canonical("2 Z -> Z")), ReactionText.all(network, Map.of()));
	}

	@Test
	void aNegativeTermWithoutTheTargetCannotUseOneRail() {
		single("x", "X");
		single("z", "Z");
		CompilationException failure = assertThrows(CompilationException.class,
				() -> compile("z", Polynomial.variable("x").times(-1)));
		assertTrue(failure.getMessage().contains("can make z negative"), failure.getMessage());
	}

	@Test
	void equalTermsOfTwoEquationsShareOneReaction() {
		single("u", "U");
		single("v", "V");
		Map<String, Polynomial> system = new LinkedHashMap<>();
		system.put("u", Polynomial.constant(2));
		system.put("v", Polynomial.constant(2));
		new PolynomialOdeCompiler(builder).compile(system, rails, 1, (reaction, targets, description) -> {
		});
		assertEquals(java.util.Set.of(canonical("0 -> U + V")), ReactionText.all(network, Map.of()));
		assertEquals(2.0, ReactionText.rate(network.getReactions().get(0)));
	}

	/** Random dual-rail concentrations: the rails' net rates equal the polynomials at the differences. */
	@Test
	void massActionOfTheRailsIsTheSourceOde() {
		dual("x", "X_p", "X_n");
		single("k", "K");
		dual("z", "Z_p", "Z_n");
		dual("w", "W_p", "W_n");
		Polynomial x = Polynomial.variable("x");
		Polynomial k = Polynomial.variable("k");
		Polynomial z = Polynomial.variable("z");
		Polynomial w = Polynomial.variable("w");
		Map<String, Polynomial> system = new LinkedHashMap<>();
		system.put("z", k.times(x).times(w).minus(z.power(2).times(0.5)).plus(Polynomial.constant(1.5)));
		system.put("w", x.power(2).times(z).times(-2).plus(k.times(z)).minus(w));
		new PolynomialOdeCompiler(builder).compile(system, rails, 1, (reaction, targets, description) -> {
		});
		Random random = new Random(42);
		for (int trial = 0; trial < 20; trial++) {
			Map<String, Double> concentrations = new HashMap<>();
			network.getSpecies().forEach(species -> concentrations.put(species.getName(), 3 * random.nextDouble()));
			Map<String, Double> rates = MassAction.rhs(network, reaction -> true, concentrations);
			Map<String, Double> values = Map.of("x", concentrations.get("X_p") - concentrations.get("X_n"), "k",
					concentrations.get("K"), "z", concentrations.get("Z_p") - concentrations.get("Z_n"), "w",
					concentrations.get("W_p") - concentrations.get("W_n"));
			for (String target : system.keySet()) {
				String base = target.toUpperCase();
				double railRate = rates.getOrDefault(base + "_p", 0.0) - rates.getOrDefault(base + "_n", 0.0);
				double expected = system.get(target).evaluate(values::get);
				assertEquals(expected, railRate, 1e-9 * (1 + Math.abs(expected)), target + "' at trial " + trial);
			}
			assertEquals(0.0, rates.getOrDefault("K", 0.0), "K is only a catalyst");
		}
	}
}
