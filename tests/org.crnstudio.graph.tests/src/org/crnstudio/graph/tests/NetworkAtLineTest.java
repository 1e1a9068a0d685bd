package org.crnstudio.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.graph.NetworkAtLine;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.model.CrnModel;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;

class NetworkAtLineTest {

	private static final String TEXT = """
			// two networks, a simulation of the second, a neural network compiled into a third
			crn First {
			    species A = 1
			    A -> 0 @ 1
			}

			crn Second {
			    species B = 1
			    B -> 0 @ 2
			}

			simulation RunSecond {
			    of Second
			    until 1
			}

			nn Net {
			    input x
			    layer out = dense(1, smooth_relu(h = 1)) weights [[1.0]] bias [0.0]
			}

			crn NetCrn = compile Net with fixed_point()
			""";

	@Test
	void theCursorSelectsTheNetworkItIsIn() {
		CrnModel model = new CrnLoader().load(TEXT, "lines.crn").model();

		assertEquals("First", name(model, 1), "before any declaration: the first network");
		assertEquals("First", name(model, 3));
		assertEquals("First", name(model, 6), "the blank line after First still belongs to it");
		assertEquals("Second", name(model, 8));
		assertEquals("Second", name(model, 13), "a simulation shows the network it runs");
		assertEquals("NetCrn", name(model, 19), "a neural network shows the network compiled from it");
		assertEquals("NetCrn", name(model, 22));
	}

	@Test
	void noModelOrNoNetworkGivesNothing() {
		assertTrue(NetworkAtLine.find(null, 1).isEmpty());
		CrnModel model = new CrnLoader().load("nn Net {\n input x\n layer out = dense(1, linear) weights [[1.0]]\n}\n", "nn.crn").model();
		assertTrue(NetworkAtLine.find(model, 2).isEmpty());
	}

	private static String name(CrnModel model, int line) {
		return NetworkAtLine.find(model, line).map(ReactionNetwork::getName).orElse("none");
	}
}
