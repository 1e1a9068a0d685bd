package org.crnstudio.compile.onepot;

import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Layer;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;

/** Test fixture: neural networks built in code, e.g. {@code nn("Net").input("x1", "x2").layer("h", 2, 1.0).weights(...)}. */
final class NeuralNetworks {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private final NeuralNetwork network = FACTORY.createNeuralNetwork();
	private Layer last;

	private NeuralNetworks(String name) {
		network.setName(name);
		network.setLine(2);
	}

	static NeuralNetworks nn(String name) {
		return new NeuralNetworks(name);
	}

	NeuralNetworks input(String... names) {
		for (String name : names) {
			NetworkInput input = FACTORY.createNetworkInput();
			input.setName(name);
			network.getInputs().add(input);
		}
		return this;
	}

	/** A smooth ReLU layer with smoothing h. */
	NeuralNetworks layer(String name, int units, double h) {
		return layer(name, units, ActivationKind.SMOOTH_RELU, h);
	}

	NeuralNetworks layer(String name, int units, ActivationKind kind, double h) {
		last = FACTORY.createLayer();
		last.setName(name);
		last.setUnits(units);
		last.setLine(4 + network.getLayers().size());
		Activation activation = FACTORY.createActivation();
		activation.setKind(kind);
		activation.setH(h);
		last.setActivation(activation);
		network.getLayers().add(last);
		return this;
	}

	/** A leaky ReLU layer: z for z >= 0, slope z below. */
	NeuralNetworks leaky(String name, int units, double slope) {
		layer(name, units, ActivationKind.LEAKY_RELU, 0);
		last.getActivation().setSlope(slope);
		return this;
	}

	NeuralNetworks weights(double[]... rows) {
		var matrix = FACTORY.createMatrix();
		for (double[] values : rows) {
			MatrixRow row = FACTORY.createMatrixRow();
			for (double value : values) {
				row.getValues().add(value);
			}
			matrix.getRows().add(row);
		}
		last.setWeights(matrix);
		return this;
	}

	NeuralNetworks bias(double... values) {
		for (double value : values) {
			last.getBias().add(value);
		}
		return this;
	}

	NeuralNetwork build() {
		return network;
	}

	/** examples/one-pot-xor.crn's XorNet: 2-10-1, smooth ReLU h = 3, no weights. */
	static NeuralNetwork xorNet() {
		return nn("XorNet").input("x1", "x2").layer("hidden", 10, 3).layer("y", 1, 3).build();
	}

	/** A 2-2-1 network with weights and biases of both signs. */
	static NeuralNetwork small() {
		return nn("Small").input("x1", "x2").layer("h", 2, 1.0).weights(new double[] { 0.5, -1.0 }, new double[] { 1.5, 0.3 })
				.bias(0.1, -0.2).layer("y", 1, 1.0).weights(new double[] { 1.0, -0.5 }).bias(0.2).build();
	}
}
