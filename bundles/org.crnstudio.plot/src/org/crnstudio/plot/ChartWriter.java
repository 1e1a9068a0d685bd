package org.crnstudio.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.Trajectory;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart of a trajectory to a .png or .svg file without a display (Java2D only), atomically: the file is
 * complete or not there. Used by {@code crn simulate --plot} and by the Plot view's SVG export.
 */
public final class ChartWriter {

	private ChartWriter() {
	}

	/** Every series over time, titled with the file's name, 1000 x 600. */
	public static void write(Trajectory trajectory, Path file) throws IOException {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		write(trajectory, PlotSettings.defaults(dot > 0 ? name.substring(0, dot) : name), file);
	}

	public static void write(Trajectory trajectory, PlotSettings settings, Path file) throws IOException {
		ChartFormat format = ChartFormat.of(file);
		byte[] content = render(ChartData.of(trajectory, settings), settings, format);
		AtomicFileWriter.write(file, content);
	}

	/** The chart as the bytes of a PNG image or an SVG document. */
	public static byte[] render(ChartData data, PlotSettings settings, ChartFormat format) throws IOException {
		if (format == ChartFormat.SVG) {
			SVGGraphics2D svg = new SVGGraphics2D(settings.width(), settings.height());
			ChartRenderer.draw(data, settings, svg);
			// The element without JFreeSVG's DOCTYPE: readers then need not fetch a DTD from the network.
			return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n")
					.getBytes(StandardCharsets.UTF_8);
		}
		BufferedImage image = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			ChartRenderer.draw(data, settings, g2);
		} finally {
			g2.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", png)) {
			throw new IOException("this Java runtime has no PNG writer");
		}
		return png.toByteArray();
	}
}
