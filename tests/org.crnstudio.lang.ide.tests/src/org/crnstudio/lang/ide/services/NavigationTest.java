package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Go to declaration and occurrences, against offsets found in the example texts. */
class NavigationTest {

	@Test
	void speciesUseGoesToItsDeclarationAndHasAllOccurrences() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		String text = document.text();
		int declaration = Fixtures.offsetOf(text, "Predator = 20");
		int use = Fixtures.offsetOf(text, "Predator -> 0");
		assertEquals(new Region(declaration, 8), Fixtures.SERVICES.definition(document, use + 3).orElseThrow());
		List<Region> occurrences = Fixtures.SERVICES.occurrences(document, use);
		// declaration, two uses in predation, one in death, one in plot
		assertEquals(List.of(declaration, Fixtures.offsetOf(text, "Predator -> 2"), Fixtures.offsetOf(text, "Predator @ k2"),
				use, Fixtures.offsetOf(text, "Predator\n}")), occurrences.stream().map(Region::offset).toList());
		assertTrue(occurrences.stream().allMatch(r -> r.length() == 8));
	}

	@Test
	void caretJustAfterANameFindsIt() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		int k1 = Fixtures.offsetOf(document.text(), "@ k1", 0, 2);
		assertEquals(Fixtures.offsetOf(document.text(), "k1 = 1.0"), Fixtures.SERVICES.definition(document, k1 + 2).orElseThrow().offset());
	}

	@Test
	void declarationsAcrossTheFile() {
		CrnDocument document = Fixtures.example("rate-independent.crn");
		String text = document.text();
		int source = Fixtures.offsetOf(text, "compile Fig1 ", 0, "compile ".length());
		assertEquals(Fixtures.offsetOf(text, "Fig1 {"), Fixtures.SERVICES.definition(document, source).orElseThrow().offset());
		assertEquals(3, Fixtures.SERVICES.occurrences(document, source).size(), "nn Fig1 and two compiles");
		int network = Fixtures.offsetOf(text, "of Fig1Reduced", 0, 3);
		assertEquals(Fixtures.offsetOf(text, "Fig1Reduced = compile"), Fixtures.SERVICES.definition(document, network).orElseThrow().offset());
		// plot y names the output layer y of the compiled nn
		int plot = Fixtures.offsetOf(text, "plot y", 0, 5);
		assertEquals(Fixtures.offsetOf(text, "y = dense"), Fixtures.SERVICES.definition(document, plot).orElseThrow().offset());
		// input x1 = 2 names the nn's input
		int input = Fixtures.offsetOf(text, "input x1 = 2", 0, 6);
		assertEquals(Fixtures.offsetOf(text, "x1, x2"), Fixtures.SERVICES.definition(document, input).orElseThrow().offset());
	}

	@Test
	void keywordsAndUnresolvedNamesHaveNoDeclaration() {
		CrnDocument broken = Fixtures.example("broken.crn");
		assertTrue(Fixtures.SERVICES.definition(broken, Fixtures.offsetOf(broken.text(), "crn Broken", 0, 1)).isEmpty());
		assertTrue(Fixtures.SERVICES.definition(broken, Fixtures.offsetOf(broken.text(), "+ B", 0, 2)).isEmpty());
		assertEquals(List.of(), Fixtures.SERVICES.occurrences(broken, Fixtures.offsetOf(broken.text(), "+ B", 0, 2)));
	}
}
