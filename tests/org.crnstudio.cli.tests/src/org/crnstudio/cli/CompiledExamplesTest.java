package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled examples through the command line, against what their comments state. */
class CompiledExamplesTest {

	@Test
	void fixedPointSettlesOnTheNetworksOutputs(@TempDir Path folder) throws IOException {
		Path file = CommandRun.example("fixed-point.crn");
		Path csv = folder.resolve("settle.csv");
		CommandRun run = CommandRun.of("simulate", file.toString(), "--simulation", "Settle", "--out", csv.toString());
		assertEquals(0, run.exitCode(), run.toString());
		List<String> lines = Files.readAllLines(csv);
		assertEquals("time,out1,out2", lines.get(0));
		String[] last = lines.get(lines.size() - 1).split(",");
		assertEquals(30.0, Double.parseDouble(last[0]), 1e-12);

		NeuralNetwork small = new CrnLoader().load(file).find(NeuralNetwork.class, "Small").orElseThrow();
		double[] expected = ForwardPass.of(small).outputs(0.8, 1.2);
		assertArrayEquals(expected, new double[] { Double.parseDouble(last[1]), Double.parseDouble(last[2]) }, 1e-6);
	}

	@Test
	void rateIndependentFigureOneComputesThree() {
		CommandRun run = CommandRun.of("simulate", CommandRun.example("rate-independent.crn").toString(),
				"--simulation", "Fig1Run");
		assertEquals(0, run.exitCode(), run.toString());
		String[] lines = run.out().strip().split("\n");
		assertEquals("time,y", lines[0]);
		// x = (2, -1): h = relu(x1 - x2) = 3 for each unit, y = 3 + 3 - 3.
		assertEquals(3.0, Double.parseDouble(lines[lines.length - 1].split(",")[1]), 1e-4);
	}

	@Test
	void figureOneCompilesToSixteenReactionsAndSevenReduced() {
		assertEquals(16, reactionsInJson("Fig1Crn"));
		assertEquals(7, reactionsInJson("Fig1Reduced"));
	}

	@Test
	void neuralCrnLinearRegressionIsThePapersMinimalCircuit() {
		CommandRun run = CommandRun.of("compile", CommandRun.example("neural-crn-linreg.crn").toString(), "--crn",
				"LinRegCrn", "--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(13, run.out().split("\"reactants\"", -1).length - 1, run.out());
		assertEquals(15, run.out().split("\"initial\"", -1).length - 1, run.out());
	}

	@Test
	void aCompiledNetworkPrintsAsAPlainCrnThatParsesBackToTheSameNetwork() throws IOException {
		Path file = CommandRun.example("rate-independent.crn");
		CommandRun run = CommandRun.of("compile", file.toString(), "--crn", "Fig1Reduced");
		assertEquals(0, run.exitCode(), run.toString());
		ReactionNetwork compiled = new CrnLoader().load(file).find(ReactionNetwork.class, "Fig1Reduced").orElseThrow();
		new CrnCompiler().compile(compiled);
		LoadedFile reparsed = new CrnLoader().load(run.out(), "printed.crn");
		assertFalse(reparsed.hasErrors(), reparsed.diagnostics() + "\n" + run.out());
		ReactionNetwork printed = reparsed.find(ReactionNetwork.class, "Fig1Reduced").orElseThrow();
		assertEquals(CompileCommandTest.describe(compiled), CompileCommandTest.describe(printed));
	}

	private static int reactionsInJson(String crn) {
		CommandRun run = CommandRun.of("compile", CommandRun.example("rate-independent.crn").toString(), "--crn", crn,
				"--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		return run.out().split("\"reactants\"", -1).length - 1;
	}
}
