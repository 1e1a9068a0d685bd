package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.model.CrnModel;
import org.crnstudio.model.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Formatting is idempotent, keeps the model equal (line numbers aside) and the problems the same. */
class FormatTest {

	/** A copy of the model without source lines, which formatting may shift. */
	private static CrnModel withoutLines(CrnModel model) {
		CrnModel copy = EcoreUtil.copy(model);
		copy.setUri(null);
		for (var contents = copy.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Element e) {
				e.setLine(0);
			}
		}
		copy.setLine(0);
		return copy;
	}

	@ParameterizedTest
	@ValueSource(strings = { "broken.crn", "fixed-point.crn", "lotka-volterra.crn", "neural-crn-linreg.crn", "one-pot-xor.crn",
			"rate-independent.crn" })
	void examplesFormatIdempotentlyToTheSameModel(String example) {
		CrnDocument document = Fixtures.example(example);
		String formatted = Fixtures.SERVICES.format(document).orElseThrow();
		CrnDocument after = Fixtures.SERVICES.parse(formatted, document.fileName());
		assertEquals(formatted, Fixtures.SERVICES.format(after).orElseThrow(), "formatting twice changes nothing");
		assertTrue(EcoreUtil.equals(withoutLines(document.model()), withoutLines(after.model())), formatted);
		assertEquals(document.problems().stream().map(p -> p.code() + " " + p.message()).toList(),
				after.problems().stream().map(p -> p.code() + " " + p.message()).toList());
	}

	@Test
	void layoutRules() {
		String messy = "\n\ncrn   A{\nparameter k=1\n      species X=1,Y   // two species\n\n\n\n  birth :  X->2 X@k\n X + Y <-> Y@ k,k\n}\n"
				+ "nn N {\n input a , b\nlayer y=dense( 1,relu )\nweights [ [1,-1] ]\n}";
		CrnDocument document = Fixtures.parse(messy);
		assertEquals(List.of(), document.problems());
		String formatted = Fixtures.SERVICES.format(document).orElseThrow();
		assertEquals("crn A {\n    parameter k = 1\n    species X = 1, Y   // two species\n\n    birth : X -> 2 X @ k\n"
				+ "    X + Y <-> Y @ k, k\n}\nnn N {\n    input a, b\n    layer y = dense(1, relu)\n        weights [[1, -1]]\n}\n",
				formatted);
	}

	@Test
	void textWithSyntaxErrorsIsNotFormatted() {
		assertTrue(Fixtures.SERVICES.format(Fixtures.parse("crn A { species }")).isEmpty());
	}
}
