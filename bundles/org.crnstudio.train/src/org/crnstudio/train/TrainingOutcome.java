package org.crnstudio.train;

import org.crnstudio.io.Trajectory;

/**
 * What a training produced.
 *
 * @param trainedDeclarations .crn text with a new declaration holding the learned values (an {@code nn} or
 *                            {@code ode} named {@code <Model>Trained}); it parses in the language as it is
 * @param metrics             the reports as a table: columns {@link TrainingMetrics#COLUMNS}, one row per report
 * @param canceled            the run was stopped before its end; the declarations hold the values reached
 */
public record TrainingOutcome(String trainedDeclarations, Trajectory metrics, boolean canceled) {
}
