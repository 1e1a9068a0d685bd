package org.crnstudio.compile.nn;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.NeuralNetwork;

/**
 * The reference value of a neural network: evaluates it on an input vector with its own activations. Compiled
 * networks are checked against it (tests, training, {@code crn agree}).
 */
public final class ForwardPass {

	private final DenseNetwork network;

	public ForwardPass(DenseNetwork network) {
		this.network = network;
	}

	/** @throws CompilationException when a layer has no weights or a shape does not fit */
	public static ForwardPass of(NeuralNetwork network) {
		return new ForwardPass(DenseNetwork.of(network, "the forward pass"));
	}

	public DenseNetwork network() {
		return network;
	}

	/** The output layer's activations for {@code inputs} (one value per network input, in declaration order). */
	public double[] outputs(double... inputs) {
		List<double[]> all = activations(inputs);
		return all.get(all.size() - 1);
	}

	/** Every layer's activations, first layer first (the inputs are not included). */
	public List<double[]> activations(double... inputs) {
		return run(inputs, false);
	}

	/** Every layer's pre-activations z = W a + b, first layer first. */
	public List<double[]> preActivations(double... inputs) {
		return run(inputs, true);
	}

	private List<double[]> run(double[] inputs, boolean keepPreActivations) {
		if (inputs.length != network.inputs().size()) {
			throw new IllegalArgumentException(network.name() + " has " + network.inputs().size() + " inputs "
					+ network.inputs() + ", got " + inputs.length + " values");
		}
		List<double[]> result = new ArrayList<>();
		double[] previous = inputs;
		for (DenseLayer layer : network.layers()) {
			double[] z = new double[layer.units()];
			double[] a = new double[layer.units()];
			for (int unit = 0; unit < layer.units(); unit++) {
				double sum = layer.bias()[unit];
				for (int source = 0; source < layer.fanIn(); source++) {
					sum += layer.weight(unit, source) * previous[source];
				}
				z[unit] = sum;
				a[unit] = ActivationFunction.value(layer.activation(), sum);
			}
			result.add(keepPreActivations ? z : a);
			previous = a;
		}
		return result;
	}
}
