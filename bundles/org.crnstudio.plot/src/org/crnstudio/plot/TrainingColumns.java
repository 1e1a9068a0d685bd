package org.crnstudio.plot;

import java.util.List;

/**
 * The metrics table of a training: its time axis is the iteration, its series are errors ({@code *_error}) and
 * accuracies ({@code *_accuracy}, fractions in [0, 1]). A chart draws errors on the left axis and accuracies on a
 * right axis from 0 to 1, against the iteration.
 */
public final class TrainingColumns {

	public static final String ITERATION = "iteration";
	private static final String ERROR = "_error";
	private static final String ACCURACY = "_accuracy";

	private TrainingColumns() {
	}

	/** Whether the series are those of a metrics table: every one (but an iteration column) an error or accuracy. */
	public static boolean isMetrics(List<String> series) {
		List<String> measured = series.stream().filter(s -> !s.equals(ITERATION)).toList();
		return !measured.isEmpty() && measured.stream().allMatch(s -> s.endsWith(ERROR) || s.endsWith(ACCURACY));
	}

	public static boolean isAccuracy(String series) {
		return series.endsWith(ACCURACY);
	}
}
