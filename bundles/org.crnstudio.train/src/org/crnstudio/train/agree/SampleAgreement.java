package org.crnstudio.train.agree;

/**
 * One sample of an agreement report: the network's outputs (the reference forward pass), the CRN's (the output
 * observables at the end time), their argmax classes, and the CRN's time to decision: the first output time after
 * which the CRN's argmax no longer changes (0 when it never changes; sampled on the run's output grid).
 *
 * @param targetClass argmax of the sample's target row, -1 when the data set gives no targets
 */
public record SampleAgreement(int sample, int targetClass, double[] networkOutputs, double[] crnOutputs,
		int networkClass, int crnClass, double decisionTime) {

	public boolean agrees() {
		return networkClass == crnClass;
	}

	public double maxDifference() {
		double max = 0;
		for (int k = 0; k < networkOutputs.length; k++) {
			max = Math.max(max, Math.abs(networkOutputs[k] - crnOutputs[k]));
		}
		return max;
	}
}
