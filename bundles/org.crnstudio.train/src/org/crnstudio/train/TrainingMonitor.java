package org.crnstudio.train;

/**
 * Watches a training as it runs: metrics as they are measured, free-text progress, and cancellation (methods
 * check it at least once per iteration). Calls come from the thread that runs the training.
 */
public interface TrainingMonitor {

	/** A monitor that watches nothing and never cancels. */
	TrainingMonitor NONE = new TrainingMonitor() {
	};

	default boolean isCanceled() {
		return false;
	}

	/** One row of metrics has been measured. */
	default void report(TrainingReport report) {
	}

	/** A line of progress for a console. */
	default void log(String line) {
	}
}
