package org.crnstudio.train.insilico;

import java.util.List;
import java.util.Random;

import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.train.DataSplit;
import org.crnstudio.train.MethodOptions;
import org.crnstudio.train.Scores;
import org.crnstudio.train.TrainedNetworkText;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingJob;
import org.crnstudio.train.TrainingMethod;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;

/**
 * {@code method backprop(eta, batch, init_scale, report_every)}: training outside the chemistry for the fixed-point
 * CRN (seed 000, section 6). Mini-batch gradient descent {@code W <- W - eta dC/dW} on the quadratic cost, the
 * gradient taken at the CRN's fixed point. Every layer must be smooth_relu or poly_relu (h = 0 is the ReLU).
 * Length: {@code iterations N} batches, or {@code epochs N} passes over the training samples.
 */
public final class BackpropMethod implements TrainingMethod {

	public static final String NAME = "backprop";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
		NeuralNetwork network = job.neuralNetwork();
		List<Activation> activations = network.getLayers().stream().map(Layer::getActivation).toList();
		for (Layer layer : network.getLayers()) {
			ActivationKind kind = layer.getActivation().getKind();
			if (kind != ActivationKind.SMOOTH_RELU && kind != ActivationKind.POLY_RELU) {
				throw new TrainingException("backprop trains the fixed-point CRN's networks: layer " + layer.getName() + " of "
						+ network.getName() + " is " + kind.getLiteral() + "; use smooth_relu(h = ...) or poly_relu(h = ..., q = ...)"
						+ " (h = 0 is the ReLU)", layer.getLine());
			}
		}
		MethodOptions options = job.options();
		double eta = options.positive("eta");
		int batchSize = options.count("batch");
		int reportEvery = options.count("report_every");
		DataSplit data = job.data();
		int iterations = Lengths.iterations(job, Batches.perPass(data.trainSize(), batchSize));
		Random random = new Random(job.seed());
		NetworkParameters parameters = NetworkParameters.initial(network, random, options.positive("init_scale"));
		FixedPointBackprop passes = new FixedPointBackprop(activations);
		Batches batches = new Batches(data.trainSize(), random);
		TrainingMetrics metrics = new TrainingMetrics(monitor);
		metrics.record(report(0, passes, parameters, data));
		boolean canceled = false;
		for (int iteration = 1; iteration <= iterations; iteration++) {
			if (monitor.isCanceled()) {
				canceled = true;
				break;
			}
			int[] batch = batches.next(batchSize);
			NetworkParameters gradient = parameters.zeros();
			for (int n : batch) {
				passes.accumulate(parameters, data.trainInputs()[n], data.trainTargets()[n], 1.0 / batch.length, gradient);
			}
			Updates.descend(parameters, gradient, eta);
			if (!Updates.finite(parameters)) {
				throw new TrainingException("backprop diverged at iteration " + iteration + " (a weight is no longer finite): "
						+ "lower eta (now " + eta + ") or init_scale, or scale the inputs", job.line());
			}
			if (iteration % reportEvery == 0 || iteration == iterations) {
				metrics.record(report(iteration, passes, parameters, data));
			}
		}
		String text = TrainedNetworkText.of(network, job.trainedName(), parameters.weights(), parameters.biases());
		return new TrainingOutcome(text, metrics.table(), canceled);
	}

	private static TrainingReport report(long iteration, FixedPointBackprop passes, NetworkParameters p, DataSplit data) {
		double[][] train = outputs(passes, p, data.trainInputs());
		double[][] validation = outputs(passes, p, data.validationInputs());
		return new TrainingReport(iteration, Scores.error(train, data.trainTargets()),
				Scores.accuracy(train, data.trainTargets()), Scores.error(validation, data.validationTargets()),
				Scores.accuracy(validation, data.validationTargets()));
	}

	private static double[][] outputs(FixedPointBackprop passes, NetworkParameters p, double[][] inputs) {
		double[][] result = new double[inputs.length][];
		for (int n = 0; n < inputs.length; n++) {
			result[n] = passes.outputs(p, inputs[n]);
		}
		return result;
	}
}
