package org.crnstudio.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.crnstudio.plot.ChartWriter;
import org.crnstudio.plot.PlotSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartWriterTest {

	/** The colour ChartWriter gives the first series. */
	private static final int FIRST_SERIES_RGB = 0x1f77b4;

	@Test
	void aPngDecodesWithTheRequestedSizeAndShowsTheFirstSeries(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("decay.png");
		ChartWriter.write(DecayTrajectory.create(), PlotSettings.defaults("decay").withSize(640, 400), png);

		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(640, image.getWidth());
		assertEquals(400, image.getHeight());
		int lineColoured = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				lineColoured += (image.getRGB(x, y) & 0xFFFFFF) == FIRST_SERIES_RGB ? 1 : 0;
			}
		}
		assertTrue(lineColoured > 200, "the line of A is drawn (" + lineColoured + " pixels of its colour)");
		assertEquals(List.of(png), list(folder), "no temporary file is left");
	}

	@Test
	void anSvgIsWellFormedXmlOfTheDefaultSizeWithTheLegend(@TempDir Path folder) throws Exception {
		Path svg = folder.resolve("decay.svg");
		ChartWriter.write(DecayTrajectory.create(), svg);

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		Element root = document.getDocumentElement();
		assertEquals("svg", root.getTagName());
		assertEquals(PlotSettings.DEFAULT_WIDTH, (int) Double.parseDouble(root.getAttribute("width").replace("px", "")));
		assertEquals(PlotSettings.DEFAULT_HEIGHT, (int) Double.parseDouble(root.getAttribute("height").replace("px", "")));
		String text = Files.readString(svg);
		assertTrue(text.contains(">decay<"), "the title is the file's name");
		assertTrue(text.contains(">A<") && text.contains(">B<"), "the legend names both series");
		assertTrue(text.contains("rgb(31,119,180)") || text.contains("#1f77b4"), "the line of A is drawn");
	}

	@Test
	void anotherExtensionIsRefusedAndNothingIsWritten(@TempDir Path folder) {
		Path pdf = folder.resolve("decay.pdf");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> ChartWriter.write(DecayTrajectory.create(), pdf));
		assertEquals(pdf + ": a plot is written as .png or .svg; name the file run.png or run.svg", error.getMessage());
		assertFalse(Files.exists(pdf));
	}

	@Test
	void anExistingFileIsReplacedWhole(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("run.png");
		Files.writeString(png, "old content");
		ChartWriter.write(DecayTrajectory.create(), png);

		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(PlotSettings.DEFAULT_WIDTH, image.getWidth());
		assertEquals(List.of(png), list(folder));
	}

	@Test
	void anEnsembleIsDrawnAsTheMeanWithAShadedBandAndOneLegendEntry(@TempDir Path folder) throws Exception {
		Path png = folder.resolve("ssa.png");
		ChartWriter.write(EnsembleTrajectory.create(), PlotSettings.defaults("ssa").withSize(640, 400), png);
		BufferedImage image = ImageIO.read(png.toFile());
		// the band: the first series' colour at 25% over the white plot background
		int bandRgb = blend(FIRST_SERIES_RGB, 0xffffff, 0.25);
		int band = 0;
		int line = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				band += close(rgb, bandRgb, 3) ? 1 : 0;
				line += rgb == FIRST_SERIES_RGB ? 1 : 0;
			}
		}
		assertTrue(band > 2000, "the band mean +- sd is shaded (" + band + " pixels)");
		assertTrue(line > 200, "the mean is drawn as a line over it (" + line + " pixels)");

		Path svg = folder.resolve("ssa.svg");
		ChartWriter.write(EnsembleTrajectory.create(), svg);
		String text = Files.readString(svg);
		assertTrue(text.contains(">A<") && text.contains(">B<"), "the legend names both series");
		assertFalse(text.contains(">A_sd<"), "the spread is A's band, not an entry of its own");
	}

	@Test
	void trainingMetricsAreDrawnWithAnErrorAndAnAccuracyAxisAgainstIterations(@TempDir Path folder) throws Exception {
		Path svg = folder.resolve("training.svg");
		ChartWriter.write(MetricsTrajectory.create(), svg);

		String text = Files.readString(svg);
		// (the Y axes' titles are drawn rotated, as outlines rather than text: ChartDataTest checks them)
		for (String label : List.of(">iteration<", ">train_error<", ">train_accuracy<")) {
			assertTrue(text.contains(label), label + " is written");
		}
		assertFalse(text.contains(">validation_error<"), "a column without values is not in the legend");
	}

	private static int blend(int rgb, int background, double alpha) {
		int result = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			double c = alpha * ((rgb >> shift) & 0xFF) + (1 - alpha) * ((background >> shift) & 0xFF);
			result |= ((int) Math.round(c)) << shift;
		}
		return result;
	}

	private static boolean close(int a, int b, int tolerance) {
		for (int shift = 16; shift >= 0; shift -= 8) {
			if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > tolerance) {
				return false;
			}
		}
		return true;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.toList();
		}
	}
}
