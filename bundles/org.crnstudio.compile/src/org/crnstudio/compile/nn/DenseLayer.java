package org.crnstudio.compile.nn;

import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;

/**
 * One dense layer read from an {@code nn} declaration, its shape checked: {@code weights[unit][source]} (one row
 * per unit, one column per input of the layer) and one bias per unit (zeros when the source gives none).
 *
 * @param index 0-based position among the network's layers
 * @param line  source line of the layer (0 when built in code)
 */
public record DenseLayer(String name, int index, double[][] weights, double[] bias, Activation activation, int line) {

	public int units() {
		return weights.length;
	}

	/** Number of inputs of the layer (the previous layer's units, or the network's inputs). */
	public int fanIn() {
		return weights.length == 0 ? 0 : weights[0].length;
	}

	public ActivationKind kind() {
		return activation.getKind();
	}

	public double weight(int unit, int source) {
		return weights[unit][source];
	}
}
