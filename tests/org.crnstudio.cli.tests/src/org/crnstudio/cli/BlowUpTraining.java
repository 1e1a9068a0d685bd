package org.crnstudio.cli;

/**
 * A training whose simulation cannot succeed: z' = z^2 + x with x = 1 reaches infinity at t = atan(1) < pi/2
 * (z(0) = 0), so phase C1 of T = 3 cannot end. The training is declared on line 15.
 */
final class BlowUpTraining {

	static final String TEXT = """
				ode Blow {
				    input x : positive
				    state z
				    parameter theta = 1 : positive
				    z' = theta * z * z + x
				    output y = z
				}

				dataset Points {
				    inputs x
				    targets y
				    row 1.0 -> 1.0
				}

				training Fit {
				    of Blow on Points
				    method neural_crn(T = 3, eta = 0.1)
				    epochs 1
				    seed 1
				}
				""";

	private BlowUpTraining() {
	}
}
