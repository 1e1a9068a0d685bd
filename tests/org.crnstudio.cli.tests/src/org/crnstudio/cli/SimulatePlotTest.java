package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** crn simulate --plot draws the run's series to PNG or SVG, headless, beside (or instead of) the CSV. */
class SimulatePlotTest {

	@Test
	void aPngPlotOfLotkaVolterraDecodesAtTheDefaultSize(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("cycles.png");
		Path csv = folder.resolve("cycles.csv");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--out", csv.toString(), "--plot", png.toString());
		assertEquals(0, run.exitCode(), run.toString());

		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(1000, image.getWidth());
		assertEquals(600, image.getHeight());
		assertEquals("time,Prey,Predator", Files.readAllLines(csv).get(0), "the CSV is still written");
	}

	@Test
	void anSvgPlotNamesTheSimulationAndItsSeries(@TempDir Path folder) throws Exception {
		Path svg = folder.resolve("cycles.svg");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--plot", svg.toString());
		assertEquals(0, run.exitCode(), run.toString());

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		String text = Files.readString(svg);
		assertTrue(text.contains(">Cycles<") && text.contains(">Prey<") && text.contains(">Predator<"), text.substring(0, 300));
		assertTrue(run.out().startsWith("time,Prey,Predator"), "without --out the CSV goes to standard output");
	}

	@Test
	void aPlotFileOfAnotherKindIsRefusedBeforeAnythingRuns(@TempDir Path folder) throws IOException {
		Path pdf = folder.resolve("cycles.pdf");
		Path csv = folder.resolve("cycles.csv");
		CommandRun run = CommandRun.of("simulate", CommandRun.example("lotka-volterra.crn").toString(), "--simulation",
				"Cycles", "--out", csv.toString(), "--plot", pdf.toString());
		assertEquals(1, run.exitCode());
		assertEquals("crn simulate: --plot " + pdf + ": a plot is written as .png or .svg; name the file run.png or run.svg",
				run.err().strip());
		assertFalse(Files.exists(pdf));
		assertFalse(Files.exists(csv), "nothing is written when the command line is wrong");
	}
}
