package org.crnstudio.train;

import java.util.Locale;

/**
 * Metrics measured at one iteration. Error is the mean over samples of the squared distance between output and
 * target, {@code E = (1/N) sum_n ||y_n - yhat_n||^2} (seed 002); accuracy is the fraction of samples whose output
 * argmax equals the target's (one output: |y - yhat| <= 1/2). NaN where not measured (e.g. no validation set).
 */
public record TrainingReport(long iteration, double trainError, double trainAccuracy, double validationError,
		double validationAccuracy) {

	/** The row of the metrics table, in the column order of {@link TrainingMetrics#COLUMNS}. */
	public double[] values() {
		return new double[] { iteration, trainError, trainAccuracy, validationError, validationAccuracy };
	}

	/** One line for a console: {@code iteration 100: train error 0.123, accuracy 95.0%; validation ...}. */
	public String describe() {
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "iteration %d: train error %.6g", iteration,
				trainError));
		if (!Double.isNaN(trainAccuracy)) {
			text.append(String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * trainAccuracy));
		}
		if (!Double.isNaN(validationError)) {
			text.append(String.format(Locale.ROOT, "; validation error %.6g", validationError));
		}
		if (!Double.isNaN(validationAccuracy)) {
			text.append(String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * validationAccuracy));
		}
		return text.toString();
	}
}
