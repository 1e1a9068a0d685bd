package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Proposals at chosen places: keywords legal there, names in scope, vocabulary of calls and options. */
class CompletionTest {

	private static List<Completion> complete(String marked) {
		Fixtures.Caret caret = Fixtures.Caret.of(marked);
		CrnDocument document = Fixtures.parse(caret.text());
		return Fixtures.SERVICES.complete(document, caret.offset());
	}

	private static Set<String> labels(List<Completion> completions) {
		return completions.stream().map(Completion::label).collect(Collectors.toSet());
	}

	private static Optional<Completion> find(List<Completion> completions, String label) {
		return completions.stream().filter(c -> c.label().equals(label)).findFirst();
	}

	@Test
	void topLevelOffersTheDeclarationKeywordsOnly() {
		List<Completion> completions = complete("|");
		assertEquals(Set.of("crn", "nn", "ode", "dataset", "training", "simulation"), labels(completions));
		assertTrue(completions.stream().allMatch(c -> c.kind() == CompletionKind.KEYWORD));
	}

	@Test
	void reactionSidesOfferTheCrnsSpeciesAndRatesItsParameters() {
		String crn = "crn A {\n parameter k1 = 1, k2 = 2\n species X = 1, Y\n X -> |\n}\ncrn B { species Z }\n";
		List<Completion> sides = complete(crn);
		Set<String> names = labels(sides);
		assertTrue(names.containsAll(Set.of("X", "Y")), names.toString());
		assertFalse(names.contains("Z"), "species of another crn: " + names);
		assertFalse(names.contains("k1"), "parameters are not species: " + names);
		assertEquals(CompletionKind.SPECIES, find(sides, "X").orElseThrow().kind());

		List<Completion> rates = complete("crn A {\n parameter k1 = 1, k2 = 2\n species X = 1, Y\n X -> Y @ |\n}\n");
		assertTrue(labels(rates).containsAll(Set.of("k1", "k2")), labels(rates).toString());
		assertFalse(labels(rates).contains("X"), "rates see parameters only: " + labels(rates));
		assertEquals(CompletionKind.PARAMETER, find(rates, "k1").orElseThrow().kind());
	}

	@Test
	void prefixIsReplaced() {
		List<Completion> completions = complete("crn A {\n species Prey = 1, Predator\n Pr|\n}\n");
		Completion prey = find(completions, "Prey").orElseThrow();
		assertEquals("Prey", prey.insertText());
		assertEquals(2, prey.replaceLength());
		assertTrue(labels(completions).contains("Predator"));
		assertFalse(labels(completions).contains("species"), "keywords not starting with Pr: " + labels(completions));
	}

	@Test
	void membersOfACrnIncludeItsKeywords() {
		Set<String> names = labels(complete("crn A {\n species X\n |\n}\n"));
		assertTrue(names.containsAll(Set.of("parameter", "species", "observable", "X")), names.toString());
		assertFalse(names.contains("layer"), names.toString());
	}

	@Test
	void compileOffersModelsAndThenConstructions() {
		String file = Fixtures.exampleText("fixed-point.crn");
		String head = "nn Small {\n input d1\n layer y = dense(1, relu) weights [[1]]\n}\ndataset D { inputs d1 targets y row 1 -> 1 }\n";
		List<Completion> models = complete(head + "crn C = compile |");
		assertEquals(Set.of("Small"), labels(models), "an nn or ode, not the dataset or the crn itself");
		assertEquals(CompletionKind.DECLARATION, models.get(0).kind());

		List<Completion> constructions = complete(head + "crn C = compile Small with |");
		assertEquals(Set.of("fixed_point", "rate_independent", "one_pot", "neural_crn"), labels(constructions));
		assertTrue(constructions.stream().allMatch(c -> c.kind() == CompletionKind.CONSTRUCTION));
		assertTrue(file.contains("fixed_point"));
	}

	@Test
	void optionsOfTheConstructionWithDefaultsLeavingOutGivenOnes() {
		String head = "nn N {\n input x\n layer y = dense(1, linear) weights [[1]]\n}\n";
		List<Completion> options = complete(head + "crn C = compile N with rate_independent(reduce = true, |)");
		assertEquals(Set.of("waste", "binarize", "rate"), labels(options));
		Completion rate = find(options, "rate").orElseThrow();
		assertEquals("rate = 1", rate.insertText());
		assertEquals(CompletionKind.OPTION, rate.kind());
		assertTrue(rate.detail().contains("default 1"), rate.detail());

		Set<String> fixedPoint = labels(complete(head + "crn C = compile N with fixed_point(|)"));
		assertEquals(Set.of("rate", "rails", "margin", "shared_h"), fixedPoint);
	}

	@Test
	void activationsInsideDense() {
		List<Completion> activations = complete("nn N {\n input x\n layer y = dense(1, |)\n}\n");
		assertEquals(Set.of("linear", "relu", "smooth_relu", "poly_relu", "sigmoid", "tanh", "leaky_relu"), labels(activations));
		assertTrue(activations.stream().allMatch(c -> c.kind() == CompletionKind.ACTIVATION));

		Set<String> smoothing = labels(complete("nn N {\n input x\n layer y = dense(1, smooth_relu(|))\n}\n"));
		assertEquals(Set.of("h"), smoothing);
	}

	@Test
	void simulationOffersNetworksMethodsAndTheNetworksNames() {
		String text = Fixtures.exampleText("lotka-volterra.crn");
		String base = text.substring(0, text.indexOf("\nsimulation Cycles") + 1);
		String compiledHead = "nn N {\n input x1, x2\n layer y = dense(1, linear) weights [[1, 1]]\n}\n"
				+ "crn Net = compile N with rate_independent()\n";

		List<Completion> networks = complete(base + "simulation S {\n of |\n}\n");
		assertEquals(Set.of("LotkaVolterra"), labels(networks));

		Set<String> methods = labels(complete(base + "simulation S {\n of LotkaVolterra\n method |\n}\n"));
		assertEquals(Set.of("ode", "ssa"), methods);

		Set<String> ssaOptions = labels(complete(base + "simulation S {\n of LotkaVolterra\n method ssa(|)\n}\n"));
		assertEquals(Set.of("volume", "runs", "algorithm", "epsilon"), ssaOptions);

		Set<String> plots = labels(complete(base + "simulation S {\n of LotkaVolterra\n plot |\n}\n"));
		assertEquals(Set.of("Prey", "Predator"), plots);

		Set<String> sets = labels(complete(base + "simulation S {\n of LotkaVolterra\n set |\n}\n"));
		assertEquals(Set.of("Prey", "Predator"), sets);

		List<Completion> inputs = complete(compiledHead + "simulation S {\n of Net\n input |\n}\n");
		assertEquals(Set.of("x1", "x2"), labels(inputs));
		assertEquals(CompletionKind.INPUT, inputs.get(0).kind());
		assertEquals(Set.of("y"), labels(complete(compiledHead + "simulation S {\n of Net\n plot |\n}\n")));
	}

	@Test
	void trainingOffersModelsDatasetsAndMethods() {
		String text = Fixtures.exampleText("one-pot-xor.crn");
		String base = text.substring(0, text.indexOf("\ntraining XorTraining") + 1);
		assertEquals(Set.of("XorNet"), labels(complete(base + "training T {\n of |\n}\n")));
		assertEquals(Set.of("Xor"), labels(complete(base + "training T {\n of XorNet on |\n}\n")));
		Set<String> methods = labels(complete(base + "training T {\n of XorNet on Xor\n method |\n}\n"));
		assertEquals(Set.of("one_pot", "neural_crn", "backprop", "binary_connect"), methods);
	}

	@Test
	void offsetsOutsideTheTextGiveNothing() {
		CrnDocument document = Fixtures.parse("crn A { }");
		assertEquals(List.of(), Fixtures.SERVICES.complete(document, -1));
		assertEquals(List.of(), Fixtures.SERVICES.complete(document, 100));
	}
}
