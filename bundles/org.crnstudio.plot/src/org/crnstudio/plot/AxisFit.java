package org.crnstudio.plot;

/**
 * The range an axis shows to fit its data: on X exactly the data (a run over [0, 50] shows 0 to 50), on Y the
 * data and a margin of 5% of its span each side (on a log axis, 5% of the span of the logarithms). The range
 * depends on the data alone, never on the size of the plot in pixels.
 */
public final class AxisFit {

	/** Fraction of the data's span added each side of a Y range. */
	public static final double Y_MARGIN = 0.05;

	private AxisFit() {
	}

	/** The range of an accuracy axis: the fractions 0 to 1 whatever the data, with the Y margin. */
	public static Extent accuracy() {
		return y(new Extent(0, 1), AxisScale.LINEAR);
	}

	/** The range of an X axis: the data's extent, widened only when it is a single value. */
	public static Extent x(Extent data, AxisScale scale) {
		return fit(data, scale, 0);
	}

	/** The range of a Y axis: the data's extent with {@link #Y_MARGIN} each side. */
	public static Extent y(Extent data, AxisScale scale) {
		return fit(data, scale, Y_MARGIN);
	}

	private static Extent fit(Extent data, AxisScale scale, double margin) {
		if (data.isEmpty()) {
			return scale == AxisScale.LOG ? new Extent(1, 10) : new Extent(0, 1);
		}
		if (scale == AxisScale.LOG) {
			double low = Math.log10(data.min());
			double high = Math.log10(data.max());
			double pad = high > low ? margin * (high - low) : 0.5;
			return new Extent(Math.pow(10, low - pad), Math.pow(10, high + pad));
		}
		double span = data.max() - data.min();
		if (span == 0) {
			double half = data.min() == 0 ? 1 : Math.abs(data.min()) * 0.1;
			return new Extent(data.min() - half, data.max() + half);
		}
		return new Extent(data.min() - margin * span, data.max() + margin * span);
	}
}
