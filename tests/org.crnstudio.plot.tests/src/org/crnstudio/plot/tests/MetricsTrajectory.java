package org.crnstudio.plot.tests;

import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * A training's metrics table as the training framework records it: the first column is the iteration (0, 10, ...,
 * 100), the error falls as 1 / (1 + iteration / 10), the accuracy rises as 1 - error / 2, and there is no
 * validation set (its columns are NaN).
 */
final class MetricsTrajectory {

	static final int ROWS = 11;

	private MetricsTrajectory() {
	}

	static double error(double iteration) {
		return 1 / (1 + iteration / 10);
	}

	static Trajectory create() {
		Trajectory trajectory = new Trajectory("iteration", List.of("train_error", "train_accuracy", "validation_error",
				"validation_accuracy"));
		for (int row = 0; row < ROWS; row++) {
			double iteration = 10 * row;
			trajectory.append(iteration, new double[] { error(iteration), 1 - error(iteration) / 2, Double.NaN, Double.NaN });
		}
		return trajectory;
	}
}
