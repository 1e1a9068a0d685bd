package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Highlighting: sorted, non-overlapping ranges with the right lexical and semantic styles; and its speed. */
class HighlightTest {

	private static TokenStyle styleAt(List<HighlightedRange> ranges, int offset) {
		return ranges.stream().filter(r -> r.offset() <= offset && offset < r.offset() + r.length()).map(HighlightedRange::style)
				.findFirst().orElse(null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "broken.crn", "fixed-point.crn", "lotka-volterra.crn", "neural-crn-linreg.crn", "one-pot-xor.crn",
			"rate-independent.crn" })
	void rangesAreSortedAndDisjoint(String example) {
		CrnDocument document = Fixtures.example(example);
		List<HighlightedRange> ranges = Fixtures.SERVICES.highlight(document);
		for (int i = 1; i < ranges.size(); i++) {
			HighlightedRange previous = ranges.get(i - 1);
			assertTrue(previous.offset() + previous.length() <= ranges.get(i).offset(), previous + " overlaps " + ranges.get(i));
			assertTrue(ranges.get(i).length() > 0);
		}
		assertTrue(ranges.get(ranges.size() - 1).offset() + ranges.get(ranges.size() - 1).length() <= document.text().length());
	}

	@Test
	void lexicalAndSemanticStyles() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		String text = document.text();
		List<HighlightedRange> ranges = Fixtures.SERVICES.highlight(document);
		assertEquals(new HighlightedRange(0, text.indexOf('\n'), TokenStyle.COMMENT), ranges.get(0), "a line comment, without its line break");
		assertEquals(TokenStyle.KEYWORD, styleAt(ranges, Fixtures.offsetOf(text, "crn LotkaVolterra")));
		assertEquals(TokenStyle.NETWORK, styleAt(ranges, Fixtures.offsetOf(text, "LotkaVolterra {")));
		assertEquals(TokenStyle.NETWORK, styleAt(ranges, Fixtures.offsetOf(text, "LotkaVolterra\n    method")));
		assertEquals(TokenStyle.PARAMETER, styleAt(ranges, Fixtures.offsetOf(text, "k2 = 0.005")));
		assertEquals(TokenStyle.PARAMETER, styleAt(ranges, Fixtures.offsetOf(text, "k2\n")));
		assertEquals(TokenStyle.NUMBER, styleAt(ranges, Fixtures.offsetOf(text, "0.005")));
		assertEquals(TokenStyle.SPECIES, styleAt(ranges, Fixtures.offsetOf(text, "Prey = 100")));
		assertEquals(TokenStyle.SPECIES, styleAt(ranges, Fixtures.offsetOf(text, "Prey + Predator")));
		assertEquals(TokenStyle.SPECIES, styleAt(ranges, Fixtures.offsetOf(text, "Prey, Predator")), "a plotted species");
		assertEquals(TokenStyle.LABEL, styleAt(ranges, Fixtures.offsetOf(text, "predation:")));
		assertEquals(TokenStyle.OPERATOR, styleAt(ranges, Fixtures.offsetOf(text, "-> 2 Prey")));
		assertEquals(TokenStyle.OPERATOR, styleAt(ranges, Fixtures.offsetOf(text, "@ k1")));
		assertEquals(new HighlightedRange(Fixtures.offsetOf(text, "-> 2 Prey"), 2, TokenStyle.OPERATOR),
				ranges.stream().filter(r -> r.offset() == Fixtures.offsetOf(text, "-> 2 Prey")).findFirst().orElseThrow());
		assertEquals(null, styleAt(ranges, Fixtures.offsetOf(text, " Prey = 100")), "blanks are not highlighted");
	}

	@Test
	void networksLayersInputsStatesAndDatasets() {
		CrnDocument fixed = Fixtures.example("fixed-point.crn");
		List<HighlightedRange> ranges = Fixtures.SERVICES.highlight(fixed);
		String text = fixed.text();
		assertEquals(TokenStyle.NEURAL_NETWORK, styleAt(ranges, Fixtures.offsetOf(text, "Small {")));
		assertEquals(TokenStyle.NEURAL_NETWORK, styleAt(ranges, Fixtures.offsetOf(text, "Small with")));
		assertEquals(TokenStyle.LAYER, styleAt(ranges, Fixtures.offsetOf(text, "hidden =")));
		assertEquals(TokenStyle.INPUT, styleAt(ranges, Fixtures.offsetOf(text, "d1, d2")));
		assertEquals(TokenStyle.INPUT, styleAt(ranges, Fixtures.offsetOf(text, "d1 = 0.8")));
		assertEquals(TokenStyle.LAYER, styleAt(ranges, Fixtures.offsetOf(text, "out1, out2", 1, 0)), "outputs of the compiled nn");
		assertEquals(TokenStyle.NUMBER, styleAt(ranges, Fixtures.offsetOf(text, "0.5, -1.0")));
		CrnDocument linreg = Fixtures.example("neural-crn-linreg.crn");
		List<HighlightedRange> more = Fixtures.SERVICES.highlight(linreg);
		assertEquals(TokenStyle.ODE_MODEL, styleAt(more, Fixtures.offsetOf(linreg.text(), "LinReg {")));
		assertEquals(TokenStyle.STATE, styleAt(more, Fixtures.offsetOf(linreg.text(), "z1' =")));
		assertEquals(TokenStyle.DATASET, styleAt(more, Fixtures.offsetOf(linreg.text(), "Plane\n")));
		assertEquals(TokenStyle.DECLARATION, styleAt(more, Fixtures.offsetOf(linreg.text(), "yhat")));
	}

	/**
	 * A generated plain crn of 64,000 random bimolecular reactions over 50 species: parse+validate and highlight
	 * are measured and printed
	 * (not asserted: no timed unit tests).
	 */
	@Test
	void largeNetworkPerformance() {
		int species = 50;
		int reactions = 64_000;
		StringBuilder text = new StringBuilder("crn Big {\n    parameter k = 1\n");
		for (int i = 0; i < species; i++) {
			text.append("    species S").append(i).append(" = ").append(i % 3).append('\n');
		}
		Random random = new Random(42);
		for (int r = 0; r < reactions; r++) {
			int a = random.nextInt(species);
			int b = random.nextInt(species);
			int c = (a + 1 + random.nextInt(species - 1)) % species;
			text.append("    S").append(a).append(" + S").append(b).append(" -> S").append(c).append(" + S").append(b).append(" @ k\n");
		}
		text.append("}\n");
		int lines = text.toString().split("\n").length;

		long start = System.nanoTime();
		CrnDocument document = Fixtures.SERVICES.parse(text.toString(), "big.crn");
		long parsed = System.nanoTime();
		List<HighlightedRange> ranges = Fixtures.SERVICES.highlight(document);
		long highlighted = System.nanoTime();
		Fixtures.SERVICES.highlight(document);
		long again = System.nanoTime();

		double parseSeconds = (parsed - start) / 1e9;
		double highlightSeconds = (highlighted - parsed) / 1e9;
		double warmSeconds = (again - highlighted) / 1e9;
		System.out.printf("PERF %d reactions, %d lines, %d chars: parse+link+validate+model %.2f s; highlight %.3f s (again %.3f s), %d ranges%n",
				reactions, lines, text.length(), parseSeconds, highlightSeconds, warmSeconds, ranges.size());
		assertEquals(List.of(), document.problems(), "the generated network is valid");
		assertEquals(reactions, ((org.crnstudio.model.ReactionNetwork) document.model().getDeclarations().get(0)).getReactions().size());
		// every reaction line: 4 species names, 3 operators, '@', k; declarations add more
		assertTrue(ranges.size() >= reactions * 9, "ranges: " + ranges.size());
	}
}
