package org.crnstudio.plot;

import java.nio.file.Path;
import java.util.Locale;

/** The image formats a chart can be written in, chosen by the file's extension. */
public enum ChartFormat {
	PNG, SVG;

	/** The format of a .png or .svg file (case-insensitive); any other name is an IllegalArgumentException. */
	public static ChartFormat of(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".png")) {
			return PNG;
		}
		if (name.endsWith(".svg")) {
			return SVG;
		}
		throw new IllegalArgumentException(file + ": a plot is written as .png or .svg; name the file run.png or run.svg");
	}
}
