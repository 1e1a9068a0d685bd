package org.crnstudio.plot;

import java.util.List;

/**
 * What to draw: the title, the column used as X ("time", or any series for a phase plot), the series to draw
 * (empty: every series but the X column), the axis scales and the image size in pixels.
 */
public record PlotSettings(String title, String xColumn, List<String> series, AxisScale xScale, AxisScale yScale,
		int width, int height) {

	public static final String TIME = "time";
	public static final int DEFAULT_WIDTH = 1000;
	public static final int DEFAULT_HEIGHT = 600;

	public PlotSettings {
		series = List.copyOf(series);
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("a plot needs a positive size, got " + width + " x " + height);
		}
	}

	/** Every series over time, linear axes, 1000 x 600. */
	public static PlotSettings defaults(String title) {
		return new PlotSettings(title, TIME, List.of(), AxisScale.LINEAR, AxisScale.LINEAR, DEFAULT_WIDTH, DEFAULT_HEIGHT);
	}

	public PlotSettings withXColumn(String column) {
		return new PlotSettings(title, column, series, xScale, yScale, width, height);
	}

	public PlotSettings withSeries(List<String> names) {
		return new PlotSettings(title, xColumn, names, xScale, yScale, width, height);
	}

	public PlotSettings withScales(AxisScale x, AxisScale y) {
		return new PlotSettings(title, xColumn, series, x, y, width, height);
	}

	public PlotSettings withSize(int w, int h) {
		return new PlotSettings(title, xColumn, series, xScale, yScale, w, h);
	}
}
