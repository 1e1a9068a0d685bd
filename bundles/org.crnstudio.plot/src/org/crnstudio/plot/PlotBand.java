package org.crnstudio.plot;

/** The band of an ensemble series: between lower[i] = mean - sd and upper[i] = mean + sd at x[i]. */
public record PlotBand(String name, double[] x, double[] lower, double[] upper) {

	public PlotBand {
		if (x.length != lower.length || x.length != upper.length) {
			throw new IllegalArgumentException(name + ": " + x.length + " x values but " + lower.length + " lower and "
					+ upper.length + " upper values");
		}
	}

	public int size() {
		return x.length;
	}
}
