package org.crnstudio.compile.neuralcrn;

import static org.crnstudio.compile.ReactionText.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.Examples;
import org.crnstudio.compile.ReactionText;
import org.crnstudio.model.Port;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;

/** examples/neural-crn-linreg.crn, read by the language: "compile --crn LinRegCrn -> 13 reactions over 15 species". */
class NeuralCrnExampleTest {

	@Test
	void linRegCrnIsTheMinimalCircuit() {
		ReactionNetwork network = Examples.load("neural-crn-linreg.crn").find(ReactionNetwork.class, "LinRegCrn").orElseThrow();
		new CrnCompiler().ensureCompiled(network);
		assertEquals(13, network.getReactions().size());
		assertEquals(15, network.getSpecies().size());
		Map<String, String> paper = Map.of("Theta1", "P1", "Theta2", "P2", "A_p", "A+", "A_n", "A-", "G_theta1_p", "G1+",
				"G_theta1_n", "G1-", "G_theta2_p", "G2+", "G_theta2_n", "G2-");
		assertEquals(canonical("X1 + P1 -> Z1 + X1 + P1", "X2 + P2 -> Z2 + X2 + P2", "Z1 -> A+", "Z2 -> A+", "Y -> A-",
				"X1 + A+ -> G1+ + X1 + A+", "X1 + A- -> G1- + X1 + A-", "X2 + A+ -> G2+ + X2 + A+",
				"X2 + A- -> G2- + X2 + A-", "G1- -> P1", "G2- -> P2", "G1+ + P1 -> 0", "G2+ + P2 -> 0"),
				ReactionText.all(network, paper));
		assertEquals(List.of("x1:input", "x2:input", "y:target"),
				network.getPorts().stream().map(p -> p.getName() + ":" + p.getKind().getLiteral()).toList());
		assertEquals(0.5, NeuralCrnCompiler.phaseDuration(network));
		Port target = network.getPorts().get(2);
		assertEquals("Y", target.getPlus().getName());
	}
}
