package org.crnstudio.plot;

/** One drawn line: its name and its points (x[i], y[i]). */
public record PlotSeries(String name, double[] x, double[] y) {

	public PlotSeries {
		if (x.length != y.length) {
			throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
		}
	}

	public int size() {
		return x.length;
	}
}
