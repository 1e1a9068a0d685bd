package org.crnstudio.train;

/**
 * The samples a training learns from and the ones it is checked on (validation may be empty: then the
 * validation metrics are NaN). Row i of the inputs goes with row i of the targets.
 */
public record DataSplit(double[][] trainInputs, double[][] trainTargets, double[][] validationInputs,
		double[][] validationTargets) {

	public int trainSize() {
		return trainInputs.length;
	}

	public int validationSize() {
		return validationInputs.length;
	}

	public boolean hasValidation() {
		return validationInputs.length > 0;
	}
}
