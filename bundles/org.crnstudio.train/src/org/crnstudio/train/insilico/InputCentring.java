package org.crnstudio.train.insilico;

import org.crnstudio.train.DataSplit;

/**
 * BinaryConnect's input centring (seed 004 section 4.1: "we center the images, as is done in the BinaryConnect
 * work"): the network trains on {@code x - mean}, the mean taken over the training inputs. The shift is folded into
 * the first layer's biases afterwards, {@code b' = b - sign(W) mean}, so the written network takes the raw inputs
 * and computes exactly what the trained one computed on the centred inputs; its weights stay +1/-1 and the
 * rate-independent CRN needs no input transform. (A per-feature scaling could not be folded: it would make the
 * weights other than +1/-1.)
 */
final class InputCentring {

	private final double[] mean;

	private InputCentring(double[] mean) {
		this.mean = mean;
	}

	/** The mean of the training inputs. */
	static InputCentring of(double[][] trainInputs) {
		int features = trainInputs.length == 0 ? 0 : trainInputs[0].length;
		double[] mean = new double[features];
		for (double[] row : trainInputs) {
			for (int i = 0; i < features; i++) {
				mean[i] += row[i] / trainInputs.length;
			}
		}
		return new InputCentring(mean);
	}

	double[] mean() {
		return mean.clone();
	}

	/** The split with every input (training and validation) shifted by the training mean; targets shared. */
	DataSplit centred(DataSplit data) {
		return new DataSplit(shifted(data.trainInputs()), data.trainTargets(), shifted(data.validationInputs()),
				data.validationTargets());
	}

	/** A copy of binarized parameters that takes raw inputs: the first layer's biases absorb the shift. */
	NetworkParameters folded(NetworkParameters binarized) {
		NetworkParameters result = binarized.copy();
		double[][] w = result.weights().get(0);
		double[] b = result.biases().get(0);
		for (int unit = 0; unit < w.length; unit++) {
			for (int source = 0; source < mean.length; source++) {
				b[unit] -= BinaryWeightNetwork.sign(w[unit][source]) * mean[source];
			}
		}
		return result;
	}

	private double[][] shifted(double[][] inputs) {
		double[][] result = new double[inputs.length][];
		for (int n = 0; n < inputs.length; n++) {
			result[n] = inputs[n].clone();
			for (int i = 0; i < mean.length; i++) {
				result[n][i] -= mean[i];
			}
		}
		return result;
	}
}
