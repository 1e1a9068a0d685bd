package org.crnstudio.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** .crn texts that more than one command-line test trains. */
final class TrainingFixtures {

	/**
	 * A training whose simulation cannot succeed: z' = z^2 + x with x = 1 reaches infinity at t = atan(1) < pi/2
	 * (z(0) = 0), so phase C1 of T = 3 cannot end. The training is declared on line 15.
	 */
	static final String BLOW_UP = """
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

	/**
	 * Two classes that a - b separates, and a 2-4-2 binary-weight network trained on them by binary_connect as
	 * "Fit"; the given lines (epochs, split, seed) end the training's block.
	 */
	static String points(String... runLines) {
		return """
			dataset Points {
			    inputs a, b
			    targets c : onehot
			    row 0.2, 1.8 -> 0
			    row 0.4, 1.5 -> 0
			    row 0.1, 1.2 -> 0
			    row 0.9, 1.4 -> 0
			    row 1.6, 0.3 -> 1
			    row 1.9, 0.5 -> 1
			    row 1.2, 0.1 -> 1
			    row 1.5, 1.0 -> 1
			}
			nn Net {
			    input a, b
			    layer h = dense(4, relu)
			    layer y = dense(2, linear)
			}
			training Fit {
			    of Net on Points
			    method binary_connect(eta = 0.02, batch = 4, report_every = 10)
				""" + Arrays.stream(runLines).map(line -> "    " + line + "\n").collect(Collectors.joining()) + "}\n";
	}

	private TrainingFixtures() {
	}
}
