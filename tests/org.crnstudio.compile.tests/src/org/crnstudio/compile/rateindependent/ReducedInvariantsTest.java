package org.crnstudio.compile.rateindependent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crnstudio.compile.nn.Models;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.model.Term;
import org.junit.jupiter.api.Test;

/**
 * The structural invariants of a reduced rate-independent network (seed 004, Sec. on reduce): each species is a
 * reactant in at most one reaction; output species are never reactants; no reaction produces both rails of a
 * pair; and no pair starts with both rails positive, min(s+(0), s-(0)) = 0.
 */
class ReducedInvariantsTest {

	@Test
	void fig1WithAndWithoutBiases() {
		for (double[] bias : new double[][] { null, { 0, -0.4, 0.7 }, { 1.5, 1.5, -2 } }) {
			NeuralNetwork fig1 = Models.nn("Fig1").input("x1", "x2")
					.layer("h", Models.activation(ActivationKind.RELU), new double[][] { { 1, -1 }, { 1, -1 }, { 1, -1 } }, bias)
					.layer("y", Models.activation(ActivationKind.LINEAR), new double[][] { { 1, 1, -1 } }, bias == null ? null : new double[] { -0.3 })
					.build();
			assertInvariants(reduced(fig1));
		}
	}

	@Test
	void irisShapedNetworks() {
		Random random = new Random(43);
		for (int trial = 0; trial < 5; trial++) {
			NeuralNetwork iris = Models.nn("Iris").input("sl", "sw", "pl", "pw")
					.layer("hidden", Models.activation(ActivationKind.RELU), Models.randomSigns(random, 8, 4), Models.random(random, 1, 8, 2)[0])
					.layer("species", Models.activation(ActivationKind.LINEAR), Models.randomSigns(random, 3, 8), Models.random(random, 1, 3, 2)[0])
					.build();
			assertInvariants(reduced(iris));
		}
	}

	@Test
	void randomDeepNetworksWithBiases() {
		Random random = new Random(77);
		for (int trial = 0; trial < 10; trial++) {
			int inputs = 1 + random.nextInt(6);
			Models.NnBuilder builder = Models.nn("Deep" + trial).input(names("x", inputs));
			int fanIn = inputs;
			int depth = 1 + random.nextInt(4);
			for (int l = 0; l < depth; l++) {
				int units = 1 + random.nextInt(7);
				builder.layer("h" + (l + 1), Models.activation(ActivationKind.RELU), Models.randomSigns(random, units, fanIn),
						Models.random(random, 1, units, 3)[0]);
				fanIn = units;
			}
			int outputs = 1 + random.nextInt(3);
			builder.layer("out", Models.activation(ActivationKind.LINEAR), Models.randomSigns(random, outputs, fanIn),
					Models.random(random, 1, outputs, 3)[0]);
			assertInvariants(reduced(builder.build()));
		}
	}

	@Test
	void theCheckFailsOnNetworksThatBreakAnInvariant() {
		// The unreduced construction keeps both rails of X1 feeding I11+ and I11- apart, so only damaged copies
		// of the reduced network can show that each check can fail.
		NeuralNetwork fig1 = Models.nn("Fig1").input("x1", "x2")
				.layer("h", Models.activation(ActivationKind.RELU), new double[][] { { 1, -1 }, { 1, -1 }, { 1, -1 } }, null)
				.layer("y", Models.activation(ActivationKind.LINEAR), new double[][] { { 1, 1, -1 } }, null).build();
		ReactionNetwork bothInitial = reduced(fig1);
		species(bothInitial, "y_1_p").setInitial(0.5);
		species(bothInitial, "y_1_n").setInitial(0.25);
		assertEquals(List.of("y_1_p(0) and y_1_n(0) are both positive"), violations(bothInitial));

		ReactionNetwork bothProduced = reduced(fig1);
		Reaction first = bothProduced.getReactions().get(0);
		first.getProducts().add(term(species(bothProduced, "y_1_n")));
		assertTrue(violations(bothProduced).contains("a reaction produces both y_1_p and y_1_n"), violations(bothProduced).toString());

		ReactionNetwork outputConsumed = reduced(fig1);
		Reaction annihilation = CrnFactory.eINSTANCE.createReaction();
		annihilation.getReactants().add(term(species(outputConsumed, "y_1_p")));
		annihilation.getReactants().add(term(species(outputConsumed, "M_h_1")));
		outputConsumed.getReactions().add(annihilation);
		assertEquals(List.of("output y_1_p is a reactant", "M_h_1 is a reactant in 2 reactions"), violations(outputConsumed));
	}

	private static Term term(Species species) {
		Term term = CrnFactory.eINSTANCE.createTerm();
		term.setSpecies(species);
		term.setCoefficient(1);
		return term;
	}

	private static Species species(ReactionNetwork crn, String name) {
		return crn.getSpecies().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
	}

	private static ReactionNetwork reduced(NeuralNetwork net) {
		return Models.compile(net, Construction.RATE_INDEPENDENT, Models.option("reduce", "true"));
	}

	private static void assertInvariants(ReactionNetwork crn) {
		assertEquals(List.of(), violations(crn), crn.getName());
	}

	/** Every broken invariant, as a readable line. */
	private static List<String> violations(ReactionNetwork crn) {
		List<String> found = new ArrayList<>();
		Map<String, Integer> consumers = new HashMap<>();
		for (Reaction reaction : crn.getReactions()) {
			for (Term term : reaction.getReactants()) {
				consumers.merge(term.getSpecies().getName(), 1, Integer::sum);
				if (term.getSpecies().getRole() == SpeciesRole.OUTPUT) {
					found.add("output " + term.getSpecies().getName() + " is a reactant");
				}
			}
			List<String> products = reaction.getProducts().stream().map(t -> t.getSpecies().getName()).toList();
			for (String product : products) {
				if (product.endsWith("_p") && products.contains(partner(product))) {
					found.add("a reaction produces both " + product + " and " + partner(product));
				}
			}
		}
		consumers.forEach((name, count) -> {
			if (count > 1) {
				found.add(name + " is a reactant in " + count + " reactions");
			}
		});
		Map<String, Double> initial = new HashMap<>();
		crn.getSpecies().forEach(s -> initial.put(s.getName(), s.getInitial()));
		for (Species species : crn.getSpecies()) {
			String name = species.getName();
			if (name.endsWith("_p") && initial.containsKey(partner(name)) && Math.min(species.getInitial(), initial.get(partner(name))) != 0) {
				found.add(name + "(0) and " + partner(name) + "(0) are both positive");
			}
		}
		return found;
	}

	/** The other rail: {@code h_1_p <-> h_1_n}. */
	private static String partner(String plusRail) {
		return plusRail.substring(0, plusRail.length() - 2) + "_n";
	}

	private static String[] names(String prefix, int n) {
		String[] names = new String[n];
		for (int i = 0; i < n; i++) {
			names[i] = prefix + (i + 1);
		}
		return names;
	}
}
