package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Term;
import org.crnstudio.io.expression.ExpressionEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {

	@Test
	void textParsesBackToTheSameNetwork() throws IOException {
		Path file = CommandRun.example("lotka-volterra.crn");
		CommandRun run = CommandRun.of("compile", file.toString(), "--crn", "LotkaVolterra");
		assertEquals(0, run.exitCode(), run.toString());

		ReactionNetwork original = new CrnLoader().load(file).find(ReactionNetwork.class, "LotkaVolterra").orElseThrow();
		LoadedFile reparsed = new CrnLoader().load(run.out(), "printed.crn");
		assertFalse(reparsed.hasErrors(), reparsed.diagnostics() + "\n" + run.out());
		ReactionNetwork printed = reparsed.find(ReactionNetwork.class, "LotkaVolterra").orElseThrow();
		assertEquals(describe(original), describe(printed));
	}

	@Test
	void jsonHasTheDocumentedShape() {
		CommandRun run = CommandRun.of("compile", CommandRun.example("lotka-volterra.crn").toString(), "--crn",
				"LotkaVolterra", "--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		String json = run.out().strip();
		assertTrue(json.startsWith("{\"species\":[{\"name\":\"Prey\",\"initial\":100"), json);
		assertTrue(json.contains("{\"reactants\":{\"Prey\":1},\"products\":{\"Prey\":2},\"rate\":1"), json);
		assertTrue(json.contains("{\"reactants\":{\"Prey\":1,\"Predator\":1},\"products\":{\"Predator\":2},\"rate\":0.005"), json);
		assertTrue(json.contains("{\"reactants\":{\"Predator\":1},\"products\":{},\"rate\":0.6"), json);
	}

	@Test
	void anUnknownNetworkNamesTheValidOnes() {
		CommandRun run = CommandRun.of("compile", CommandRun.example("lotka-volterra.crn").toString(), "--crn", "Lotka");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("no crn named 'Lotka' (valid: LotkaVolterra)"), run.toString());
		assertEquals("", run.out());
	}

	@Test
	void formatsOfLaterVersionsSaySo(@TempDir Path folder) {
		Path out = folder.resolve("net.xml");
		CommandRun run = CommandRun.of("compile", CommandRun.example("lotka-volterra.crn").toString(), "--crn",
				"LotkaVolterra", "--format", "sbml", "--out", out.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("valid now: text, json"), run.toString());
		assertFalse(Files.exists(out));
	}

	/** Species with initial values and reactions with coefficients and evaluated rates, in a comparable form. */
	static String describe(ReactionNetwork network) {
		Map<String, Double> species = new TreeMap<>();
		network.getSpecies().forEach(s -> species.put(s.getName(), s.getInitial()));
		String reactions = network.getReactions().stream().map(CompileCommandTest::describe).sorted()
				.collect(Collectors.joining("\n"));
		return species + "\n" + reactions;
	}

	private static String describe(Reaction reaction) {
		return side(reaction.getReactants()) + " -> " + side(reaction.getProducts()) + " @ "
				+ ExpressionEvaluator.constant(reaction.getRate()) + (reaction.isReversible()
						? ", " + ExpressionEvaluator.constant(reaction.getReverseRate()) : "")
				+ " [" + reaction.getLabel() + "]";
	}

	private static String side(java.util.List<Term> terms) {
		return terms.stream().map(t -> t.getCoefficient() + " " + t.getSpecies().getName()).sorted()
				.collect(Collectors.joining(" + "));
	}
}
