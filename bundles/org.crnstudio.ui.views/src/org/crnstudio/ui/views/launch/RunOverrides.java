package org.crnstudio.ui.views.launch;

import java.util.OptionalDouble;

/**
 * The overrides a launch configuration may set on a simulation (end time, tolerances), read from the text of
 * their fields: empty means "as declared"; anything else must be a positive number. No UI.
 */
public record RunOverrides(OptionalDouble endTime, OptionalDouble relativeTolerance, OptionalDouble absoluteTolerance) {

	public static final RunOverrides NONE = new RunOverrides(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());

	/** @throws IllegalArgumentException naming the field and what would be valid */
	public static RunOverrides parse(String endTime, String relativeTolerance, String absoluteTolerance) {
		return new RunOverrides(positive("end time", endTime), positive("relative tolerance (rtol)", relativeTolerance),
				positive("absolute tolerance (atol)", absoluteTolerance));
	}

	private static OptionalDouble positive(String field, String text) {
		if (text == null || text.isBlank()) {
			return OptionalDouble.empty();
		}
		double value;
		try {
			value = Double.parseDouble(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the " + field + " must be a positive number such as 50 or 1e-8, found '"
					+ text.strip() + "' (leave it empty to keep the declared value)");
		}
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new IllegalArgumentException("the " + field + " must be positive, found " + text.strip()
					+ " (leave it empty to keep the declared value)");
		}
		return OptionalDouble.of(value);
	}
}
