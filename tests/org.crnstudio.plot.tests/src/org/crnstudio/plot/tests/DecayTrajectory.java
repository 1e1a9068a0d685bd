package org.crnstudio.plot.tests;

import java.util.List;

import org.crnstudio.io.Trajectory;

/** A -> B at rate 1 from a(0) = 1, b(0) = 0, sampled exactly: a = exp(-t), b = 1 - exp(-t), t in [0, 5]. */
final class DecayTrajectory {

	static final int ROWS = 101;

	private DecayTrajectory() {
	}

	static Trajectory create() {
		Trajectory trajectory = new Trajectory(List.of("A", "B"));
		for (int row = 0; row < ROWS; row++) {
			double t = row * 0.05;
			trajectory.append(t, new double[] { Math.exp(-t), 1 - Math.exp(-t) });
		}
		return trajectory;
	}
}
