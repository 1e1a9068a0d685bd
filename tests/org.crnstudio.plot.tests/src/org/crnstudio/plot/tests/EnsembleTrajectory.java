package org.crnstudio.plot.tests;

import java.util.List;

import org.crnstudio.io.Trajectory;

/**
 * What an SSA ensemble of A -> 0 at rate 1 from 10 molecules reports, exactly: each molecule survives to t with
 * probability p = exp(-t), so the count is binomial(10, p): mean 10 p, standard deviation sqrt(10 p (1 - p)).
 * B is a constant 3 without a spread column. Columns A, A_sd, B as the SSA writes them; t in [0, 5].
 */
final class EnsembleTrajectory {

	static final int ROWS = 51;
	static final int MOLECULES = 10;

	private EnsembleTrajectory() {
	}

	static double mean(double t) {
		return MOLECULES * Math.exp(-t);
	}

	static double sd(double t) {
		double p = Math.exp(-t);
		return Math.sqrt(MOLECULES * p * (1 - p));
	}

	static Trajectory create() {
		Trajectory trajectory = new Trajectory(List.of("A", "A_sd", "B"));
		for (int row = 0; row < ROWS; row++) {
			double t = row * 0.1;
			trajectory.append(t, new double[] { mean(t), sd(t), 3 });
		}
		return trajectory;
	}
}
