package org.crnstudio.train;

import org.crnstudio.io.Trajectory;

/**
 * What a training produced.
 *
 * @param trainedDeclarations .crn text with a new declaration holding the learned values (an {@code nn} or
 *                            {@code ode} named {@code <Model>Trained}); it parses in the language as it is
 * @param metrics             the reports as a table: columns {@link TrainingMetrics#COLUMNS}, one row per report
 * @param canceled            the run was stopped before its end; the declarations hold the values reached
 * @param simulatorWork       what the simulator did for a chemical training (one_pot, neural_crn), in one line as
 *                            {@code crn train --stats} prints it; empty for a training in silico
 */
public record TrainingOutcome(String trainedDeclarations, Trajectory metrics, boolean canceled, String simulatorWork) {

	/** A training in silico: no simulation ran. */
	public TrainingOutcome(String trainedDeclarations, Trajectory metrics, boolean canceled) {
		this(trainedDeclarations, metrics, canceled, "");
	}
}
