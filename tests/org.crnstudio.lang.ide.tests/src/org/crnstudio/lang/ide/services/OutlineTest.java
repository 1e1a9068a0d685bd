package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outline of each example: declarations, members, kinds, and regions that point at the names. */
class OutlineTest {

	private static List<String> labels(List<OutlineNode> nodes) {
		return nodes.stream().map(n -> n.kind() + " " + n.label()).toList();
	}

	@Test
	void lotkaVolterra() {
		List<OutlineNode> outline = Fixtures.SERVICES.outline(Fixtures.example("lotka-volterra.crn"));
		assertEquals(List.of("crn crn LotkaVolterra", "simulation simulation Cycles"), labels(outline));
		assertEquals(List.of("parameter k1 = 1.0", "parameter k2 = 0.005", "parameter k3 = 0.6", "species Prey = 100",
				"species Predator = 20", "reaction birth: Prey -> 2 Prey", "reaction predation: Prey + Predator -> 2 Predator",
				"reaction death: Predator -> 0"), labels(outline.get(0).children()));
		assertEquals(List.of("setting of LotkaVolterra", "setting method ode", "setting until 50", "setting plot Prey, Predator"),
				labels(outline.get(1).children()));
	}

	@Test
	void fixedPointAndRateIndependent() {
		List<OutlineNode> outline = Fixtures.SERVICES.outline(Fixtures.example("fixed-point.crn"));
		assertEquals(List.of("nn nn Small", "compiled-crn crn SmallCrn = compile Small with fixed_point()", "simulation simulation Settle"),
				labels(outline));
		assertEquals(List.of("input d1", "input d2", "layer hidden = dense(3, smooth_relu(h = 1)), weights given",
				"layer out = dense(2, smooth_relu(h = 1)), weights given"), labels(outline.get(0).children()));
		List<OutlineNode> ri = Fixtures.SERVICES.outline(Fixtures.example("rate-independent.crn"));
		assertEquals(4, ri.size());
	}

	@Test
	void odeDatasetAndTraining() {
		List<OutlineNode> outline = Fixtures.SERVICES.outline(Fixtures.example("neural-crn-linreg.crn"));
		assertEquals(List.of("ode ode LinReg", "compiled-crn crn LinRegCrn = compile LinReg with neural_crn(T = 0.5)",
				"dataset dataset Plane", "training training Fit"), labels(outline));
		assertEquals(List.of("input x1", "input x2", "state z1", "state z2", "parameter theta1 = 0.5", "parameter theta2 = 0.5",
				"equation z1' = theta1 * x1", "equation z2' = theta2 * x2", "output yhat = z1 + z2"),
				labels(outline.get(0).children()));
		assertEquals(List.of("setting inputs x1, x2", "setting targets y", "rows 6 rows"), labels(outline.get(2).children()));
		assertEquals(List.of("setting of LinReg on Plane", "setting method neural_crn(T = 0.5, eta = 0.1)", "setting epochs 20",
				"setting seed 7"), labels(outline.get(3).children()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "broken.crn", "fixed-point.crn", "lotka-volterra.crn", "neural-crn-linreg.crn", "one-pot-xor.crn",
			"rate-independent.crn" })
	void namesPointAtTheNamesAndNodesLieInsideTheirParents(String example) {
		CrnDocument document = Fixtures.example(example);
		List<OutlineNode> outline = Fixtures.SERVICES.outline(document);
		assertTrue(!outline.isEmpty());
		for (OutlineNode declaration : outline) {
			String name = document.text().substring(declaration.nameOffset(), declaration.nameOffset() + declaration.nameLength());
			assertTrue(declaration.label().contains(" " + name), declaration.label() + " vs " + name);
			for (OutlineNode child : declaration.children()) {
				assertTrue(child.offset() >= declaration.offset() && child.offset() + child.length() <= declaration.offset() + declaration.length(),
						child + " outside " + declaration.label());
			}
		}
	}
}
