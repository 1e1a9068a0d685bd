package org.crnstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** crn train --plot draws the metrics table (error left, accuracy right, against the iteration) once the run succeeded. */
class TrainPlotTest {

	private static final String POINTS = TrainingFixtures.points("epochs 30", "split 6 / 2", "seed 2");

	@Test
	void anSvgPlotHasTheErrorAndAccuracyAxesAndEveryMetric(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS);
		Path svg = folder.resolve("fit.svg");
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--plot", svg.toString());
		assertEquals(0, run.exitCode(), run.toString());

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		List<String> texts = texts(document);
		for (String label : List.of("Fit", "iteration", "error", "accuracy", "train_error", "train_accuracy",
				"validation_error", "validation_accuracy")) {
			assertTrue(texts.contains(label), label + " is not among the chart's texts " + texts);
		}
		assertTrue(run.err().contains("wrote " + svg), run.err());
		assertTrue(run.out().contains("\nnn NetTrained {\n"), "the trained network is still printed");
	}

	@Test
	void aLogErrorAxisDrawsAPngBesideTheMetricsCsv(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS);
		Path png = folder.resolve("fit.png");
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--out", folder.toString(),
				"--plot", png.toString(), "--error-scale", "log");
		assertEquals(0, run.exitCode(), run.toString());
		var image = javax.imageio.ImageIO.read(png.toFile());
		assertEquals(1000, image.getWidth());
		assertEquals(600, image.getHeight());
		assertEquals(5, Files.readAllLines(folder.resolve("Fit-metrics.csv")).size(), "reports at 0, 10, 20, 30");
	}

	/** z' = z^2 + x reaches infinity before t = pi/2 (z(0) = 0): phase C1 of T = 3 cannot end. */
	@Test
	void aFailingTrainingLeavesNoPlot(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("blow.crn");
		Files.writeString(file, TrainingFixtures.BLOW_UP);
		Path svg = folder.resolve("fit.svg");
		CommandRun run = CommandRun.of("train", file.toString(), "--training", "Fit", "--plot", svg.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains(file + ":15: error: training Fit stopped"), run.err());
		assertFalse(Files.exists(svg));
		assertEquals(List.of(file), Files.list(folder).toList(), "no temporary file is left either");
	}

	@Test
	void aWrongPlotFileOrScaleIsRefusedBeforeTheTrainingRuns(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("points.crn");
		Files.writeString(file, POINTS);
		Path pdf = folder.resolve("fit.pdf");
		CommandRun kind = CommandRun.of("train", file.toString(), "--training", "Fit", "--plot", pdf.toString());
		assertEquals(1, kind.exitCode(), kind.toString());
		assertEquals("crn train: --plot " + pdf + ": a plot is written as .png or .svg; name the file run.png or run.svg",
				kind.err().strip());
		assertEquals("", kind.out(), "nothing ran");
		CommandRun scale = CommandRun.of("train", file.toString(), "--training", "Fit", "--plot",
				folder.resolve("fit.svg").toString(), "--error-scale", "ln");
		assertEquals(1, scale.exitCode(), scale.toString());
		assertEquals("crn train: --error-scale is linear or log, found 'ln'", scale.err().strip());
		assertEquals(List.of(file), Files.list(folder).toList());
	}

	private static List<String> texts(Document document) {
		NodeList nodes = document.getElementsByTagName("text");
		return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().strip())
				.toList();
	}
}
