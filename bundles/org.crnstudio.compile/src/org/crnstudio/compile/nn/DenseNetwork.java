package org.crnstudio.compile.nn;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.Layer;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;

/**
 * A feed-forward neural network as numbers, read from an {@code nn} declaration once its shapes are checked:
 * every layer has weights, one row per unit and one column per input of the layer, and at most one bias per unit.
 * Compilers and the reference forward pass work on this instead of the model.
 */
public record DenseNetwork(String name, List<String> inputs, List<DenseLayer> layers, int line) {

	public DenseNetwork {
		inputs = List.copyOf(inputs);
		layers = List.copyOf(layers);
	}

	public DenseLayer outputLayer() {
		return layers.get(layers.size() - 1);
	}

	public boolean isOutput(DenseLayer layer) {
		return layer.index() == layers.size() - 1;
	}

	/** Reads {@code source}; {@code purpose} (a construction name, or "the forward pass") is named in errors. */
	public static DenseNetwork of(Declaration source, String purpose) {
		if (!(source instanceof NeuralNetwork network)) {
			throw new CompilationException(purpose + " needs a neural network (nn); " + source.getName() + " is not one",
					source.getLine());
		}
		if (network.getInputs().isEmpty()) {
			throw new CompilationException("neural network " + network.getName() + " has no inputs (declare them with 'input x1, x2')",
					network.getLine());
		}
		if (network.getLayers().isEmpty()) {
			throw new CompilationException("neural network " + network.getName()
					+ " has no layers (add at least an output layer 'layer y = dense(units, activation)')", network.getLine());
		}
		List<String> inputs = network.getInputs().stream().map(NetworkInput::getName).toList();
		List<DenseLayer> layers = new ArrayList<>();
		int fanIn = inputs.size();
		for (Layer layer : network.getLayers()) {
			layers.add(read(network, layer, layers.size(), fanIn));
			fanIn = layer.getUnits();
		}
		return new DenseNetwork(network.getName(), inputs, layers, network.getLine());
	}

	private static DenseLayer read(NeuralNetwork network, Layer layer, int index, int fanIn) {
		String where = "layer " + layer.getName() + " of " + network.getName();
		if (layer.getUnits() <= 0) {
			throw new CompilationException(where + " has " + layer.getUnits() + " units (a layer needs at least 1)", layer.getLine());
		}
		if (layer.getActivation() == null) {
			throw new CompilationException(where + " has no activation", layer.getLine());
		}
		if (layer.getWeights() == null || layer.getWeights().getRows().isEmpty()) {
			throw new CompilationException(where + " has no weights (give weights, or train it first)", layer.getLine());
		}
		List<MatrixRow> rows = layer.getWeights().getRows();
		if (rows.size() != layer.getUnits()) {
			throw new CompilationException(where + " has weights with " + rows.size() + " rows; it needs " + layer.getUnits()
					+ " (one row per unit, " + fanIn + " columns each)", layer.getWeights().getLine() > 0 ? layer.getWeights().getLine() : layer.getLine());
		}
		double[][] weights = new double[rows.size()][];
		for (int unit = 0; unit < rows.size(); unit++) {
			MatrixRow row = rows.get(unit);
			if (row.getValues().size() != fanIn) {
				throw new CompilationException(where + " has " + row.getValues().size() + " weights in row " + (unit + 1)
						+ "; it needs " + fanIn + " (one column per input of the layer)", row.getLine() > 0 ? row.getLine() : layer.getLine());
			}
			weights[unit] = row.getValues().stream().mapToDouble(Double::doubleValue).toArray();
			for (double w : weights[unit]) {
				if (!Double.isFinite(w)) {
					throw new CompilationException(where + " has a weight " + w + " in row " + (unit + 1) + " (weights must be finite numbers)",
							layer.getLine());
				}
			}
		}
		double[] bias = new double[layer.getUnits()];
		if (!layer.getBias().isEmpty()) {
			if (layer.getBias().size() != layer.getUnits()) {
				throw new CompilationException(where + " has " + layer.getBias().size() + " biases; it needs " + layer.getUnits()
						+ " (one per unit)", layer.getLine());
			}
			for (int unit = 0; unit < bias.length; unit++) {
				bias[unit] = layer.getBias().get(unit);
				if (!Double.isFinite(bias[unit])) {
					throw new CompilationException(where + " has a bias " + bias[unit] + " (biases must be finite numbers)", layer.getLine());
				}
			}
		}
		return new DenseLayer(layer.getName(), index, weights, bias, layer.getActivation(), layer.getLine());
	}
}
