package org.crnstudio.train;

import java.util.List;

import org.crnstudio.io.NumberText;
import org.crnstudio.model.Activation;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;

/**
 * Writes a trained neural network as an {@code nn} declaration of the language: the source's inputs, layer names
 * and activations with the learned weights (one row per unit) and biases. Numbers read back exactly.
 */
public final class TrainedNetworkText {

	private TrainedNetworkText() {
	}

	/**
	 * @param weights per layer, {@code [unit][source]}
	 * @param biases  per layer, one per unit
	 */
	public static String of(NeuralNetwork source, String name, List<double[][]> weights, List<double[]> biases) {
		if (weights.size() != source.getLayers().size() || biases.size() != source.getLayers().size()) {
			throw new IllegalArgumentException(source.getName() + " has " + source.getLayers().size()
					+ " layers, got " + weights.size() + " weight matrices and " + biases.size() + " bias vectors");
		}
		StringBuilder text = new StringBuilder("nn ").append(name).append(" {\n    input ");
		text.append(String.join(", ", source.getInputs().stream().map(NetworkInput::getName).toList()));
		if (!source.getInputs().isEmpty() && source.getInputs().stream().allMatch(NetworkInput::isPositive)) {
			text.append(" : positive");
		}
		text.append('\n');
		for (int l = 0; l < source.getLayers().size(); l++) {
			Layer layer = source.getLayers().get(l);
			text.append("    layer ").append(layer.getName()).append(" = dense(").append(layer.getUnits()).append(", ")
					.append(activation(layer.getActivation())).append(")\n        weights [");
			double[][] matrix = weights.get(l);
			for (int unit = 0; unit < matrix.length; unit++) {
				text.append(unit == 0 ? "" : ",\n                 ").append(vector(matrix[unit]));
			}
			text.append("]\n        bias ").append(vector(biases.get(l))).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** An activation as the language writes it, with the options that differ from none. */
	static String activation(Activation activation) {
		String kind = activation.getKind().getLiteral();
		return switch (activation.getKind()) {
			case SMOOTH_RELU -> kind + "(h = " + NumberText.of(activation.getH()) + ")";
			case POLY_RELU -> kind + "(h = " + NumberText.of(activation.getH()) + ", q = " + NumberText.of(activation.getQ()) + ")";
			case LEAKY_RELU -> kind + "(slope = " + NumberText.of(activation.getSlope()) + ")";
			default -> kind;
		};
	}

	private static String vector(double[] values) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ", ").append(NumberText.of(values[i]));
		}
		return text.append(']').toString();
	}
}
