package org.crnstudio.plot;

/** The smallest and largest finite value of some data; {@link #EMPTY} (min > max) when there is none. */
public record Extent(double min, double max) {

	public static final Extent EMPTY = new Extent(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

	public boolean isEmpty() {
		return min > max;
	}

	/** This extent grown to hold every finite value. */
	public Extent including(double... values) {
		double low = min;
		double high = max;
		for (double value : values) {
			if (Double.isFinite(value)) {
				low = Math.min(low, value);
				high = Math.max(high, value);
			}
		}
		return new Extent(low, high);
	}
}
