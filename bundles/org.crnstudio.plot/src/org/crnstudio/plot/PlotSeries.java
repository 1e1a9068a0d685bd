package org.crnstudio.plot;

/**
 * One drawn line: its name, its points (x[i], y[i]), the Y axis it is read on (0 the left one, 1 the right one)
 * and its colour as a position in {@link SeriesPalette} (the column's position among the trajectory's lines, so a
 * series keeps its colour when others are hidden).
 */
public record PlotSeries(String name, double[] x, double[] y, int yAxis, int colour) {

	public PlotSeries {
		if (x.length != y.length) {
			throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
		}
	}

	public int size() {
		return x.length;
	}
}
