package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hover texts carry the values and uses written in the file. */
class HoverTest {

	private static String hover(CrnDocument document, String snippet, int occurrence) {
		int offset = Fixtures.offsetOf(document.text(), snippet, occurrence, 1);
		return Fixtures.SERVICES.hover(document, offset).orElseThrow(() -> new AssertionError("no hover at " + snippet)).text();
	}

	@Test
	void speciesShowsInitialValueAndItsReactions() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		String text = hover(document, "Predator = 20", 0);
		assertEquals("species Predator of crn LotkaVolterra\ninitial value: 20\n2 reactions:\n"
				+ "  predation: Prey + Predator -> 2 Predator @ k2\n  death: Predator -> 0 @ k3", text);
		// a use in a reaction shows the same
		assertEquals(text, hover(document, "Predator -> 0", 0));
	}

	@Test
	void parameterShowsValueAndUses() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		assertEquals("parameter k2 of crn LotkaVolterra\nvalue: 0.005\n1 use:\n  predation: Prey + Predator -> 2 Predator @ k2",
				hover(document, "k2 = 0.005", 0));
	}

	@Test
	void longUseListsAreCut() {
		StringBuilder text = new StringBuilder("crn Many {\n species A = 1, B\n");
		for (int i = 0; i < 13; i++) {
			text.append(" A -> B @ ").append(i + 1).append('\n');
		}
		text.append("}\n");
		CrnDocument document = Fixtures.parse(text.toString());
		String hover = hover(document, "A = 1", 0);
		assertTrue(hover.contains("13 reactions:"), hover);
		assertTrue(hover.contains("  A -> B @ 10\n  and 3 more"), hover);
		assertTrue(!hover.contains("@ 11"), hover);
	}

	@Test
	void layerShowsShapeActivationAndWeights() {
		CrnDocument document = Fixtures.example("fixed-point.crn");
		assertEquals("layer hidden of nn Small\nshape: 3 units x 2 inputs\nactivation: smooth_relu (h = 1)\n"
				+ "weights: given, 3 x 2\nbias: given, 3 values", hover(document, "hidden", 0));
		CrnDocument xor = Fixtures.example("one-pot-xor.crn");
		assertEquals("layer y of nn XorNet (output layer)\nshape: 1 units x 10 inputs\nactivation: smooth_relu (h = 3)\n"
				+ "weights: not given (trained, or initialised by the construction)", hover(xor, "y      = dense", 0));
	}

	@Test
	void compiledNetworkShowsConstructionOptionsAndSize() {
		CrnDocument document = Fixtures.example("rate-independent.crn");
		String text = hover(document, "Fig1Reduced = compile", 0);
		assertTrue(text.startsWith("crn Fig1Reduced = compile Fig1 with rate_independent\n"
				+ "construction: rate_independent (reduce = true, waste = false (default), binarize = false (default), rate = 1 (default))\n"
				+ "compiled size: "), text);
		String size = text.substring(text.indexOf("compiled size: ") + "compiled size: ".length());
		// the compilers may not have this construction yet: then the hover says so instead of failing
		assertTrue(size.startsWith("not available yet") || size.contains("7 reactions"), size);
		// the simulation's reference and the compile keyword give the same text
		assertEquals(text, hover(document, "Fig1Reduced\n", 0));
		assertEquals(text, hover(document, "compile Fig1 with rate_independent(reduce = true)", 0));
	}

	@Test
	void nothingOnKeywordsAndBlanks() {
		CrnDocument document = Fixtures.example("lotka-volterra.crn");
		assertTrue(Fixtures.SERVICES.hover(document, Fixtures.offsetOf(document.text(), "method ode", 0, 2)).isEmpty());
		assertTrue(Fixtures.SERVICES.hover(document, 0).isEmpty(), "a comment");
	}
}
