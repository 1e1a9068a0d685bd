package org.crnstudio.train.insilico;

import java.util.List;
import java.util.Random;

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
 * {@code method binary_connect(eta, eta_final, batch, dropout, centre, init_scale, keep_best, report_every)}: BinaryConnect training
 * (Courbariaux et al. 2015, as seed 004 section 2.2 and 4.3 use it) of a network for the rate_independent
 * construction: real-valued weights kept and clipped to [-1, 1], binarized to +1/-1 in the forward and backward
 * passes, square hinge loss, Adam, dropout on the hidden units. Length: {@code epochs N} passes over the training
 * samples (or {@code iterations N} batches); metrics are measured on the binarized network after each epoch. With
 * keep_best the network of the epoch with the best validation accuracy (training accuracy without a validation set;
 * the earliest on ties) is returned, as the paper does. The written network has weights +1/-1: it compiles with
 * rate_independent as it is. With centre (the default) the network trains on inputs minus the training mean and the
 * shift is folded into the first layer's biases ({@link InputCentring}); with eta_final the learning rate decays
 * exponentially from eta to eta_final over the run (the paper's "exponentially decaying learning rate").
 */
public final class BinaryConnectMethod implements TrainingMethod {

	public static final String NAME = "binary_connect";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
		NeuralNetwork network = job.neuralNetwork();
		checkShape(network);
		MethodOptions options = job.options();
		double eta = options.positive("eta");
		int batchSize = options.count("batch");
		double dropout = options.number("dropout");
		if (!(dropout >= 0 && dropout < 1)) {
			throw new TrainingException("option dropout of binary_connect is a probability in [0, 1), found " + dropout, options.line("dropout"));
		}
		boolean keepBest = options.flag("keep_best");
		int reportEvery = options.count("report_every");
		double etaFinal = options.isGiven("eta_final") ? options.positive("eta_final") : eta;
		InputCentring centring = options.flag("centre") ? InputCentring.of(job.data().trainInputs()) : null;
		DataSplit data = centring == null ? job.data() : centring.centred(job.data());
		int perEpoch = Batches.perPass(data.trainSize(), batchSize);
		int iterations = Lengths.iterations(job, perEpoch);
		Random random = new Random(job.seed());
		NetworkParameters parameters = NetworkParameters.initial(network, random, options.positive("init_scale"));
		BinaryWeightNetwork.clip(parameters);
		if (network.getLayers().stream().allMatch(l -> l.getWeights() == null || l.getWeights().getRows().isEmpty())) {
			centreFirstLayer(parameters, data.trainInputs());
		}
		int[] classes = classes(data.trainTargets());
		Adam adam = new Adam(parameters);
		Batches batches = new Batches(data.trainSize(), random);
		TrainingMetrics metrics = new TrainingMetrics(monitor);
		TrainingReport first = report(0, parameters, data);
		metrics.record(first);
		NetworkParameters best = parameters.copy();
		double bestScore = score(first, data);
		long bestIteration = 0;
		boolean canceled = false;
		for (int iteration = 1; iteration <= iterations; iteration++) {
			if (monitor.isCanceled()) {
				canceled = true;
				break;
			}
			int[] batch = batches.next(batchSize);
			NetworkParameters gradient = parameters.zeros();
			for (int n : batch) {
				BinaryWeightNetwork.accumulate(parameters, data.trainInputs()[n], classes[n], dropout, random,
						1.0 / batch.length, gradient);
			}
			adam.update(parameters, gradient, decayed(eta, etaFinal, iteration - 1, iterations));
			BinaryWeightNetwork.clip(parameters);
			boolean epochEnd = iteration % perEpoch == 0 || iteration == iterations;
			if (!epochEnd) {
				continue;
			}
			long count = job.iterations() > 0 ? iteration : iteration / perEpoch;
			TrainingReport report = report(count, parameters, data);
			if (score(report, data) > bestScore) {
				bestScore = score(report, data);
				best = parameters.copy();
				bestIteration = count;
			}
			if (count % reportEvery == 0 || iteration == iterations) {
				metrics.record(report);
			}
		}
		NetworkParameters result = BinaryWeightNetwork.binarized(keepBest ? best : parameters);
		if (centring != null) {
			result = centring.folded(result);
		}
		if (keepBest) {
			monitor.log("binary_connect: kept the network of " + (job.iterations() > 0 ? "iteration " : "epoch ") + bestIteration
					+ " (best " + (data.hasValidation() ? "validation" : "training") + " accuracy "
					+ String.format(java.util.Locale.ROOT, "%.2f%%", 100 * bestScore) + ")");
		}
		String text = TrainedNetworkText.of(network, job.trainedName(), result.weights(), result.biases());
		return new TrainingOutcome(text, metrics.table(), canceled);
	}

	/**
	 * Starts each first-layer unit active on half of the training samples: its bias is minus the median of its
	 * binarized pre-activation. With +1/-1 weights on raw features (Iris: centimetres) a zero bias leaves many ReLU
	 * units dead from the start.
	 */
	private static void centreFirstLayer(NetworkParameters p, double[][] inputs) {
		double[][] w = p.weights().get(0);
		double[] b = p.biases().get(0);
		for (int unit = 0; unit < w.length; unit++) {
			double[] z = new double[inputs.length];
			for (int n = 0; n < inputs.length; n++) {
				for (int source = 0; source < inputs[n].length; source++) {
					z[n] += BinaryWeightNetwork.sign(w[unit][source]) * inputs[n][source];
				}
			}
			java.util.Arrays.sort(z);
			b[unit] = -z[z.length / 2];
		}
	}

	/** eta * (etaFinal / eta)^(step / steps): eta at the first update, etaFinal after the last. */
	static double decayed(double eta, double etaFinal, int step, int steps) {
		return eta == etaFinal ? eta : eta * Math.pow(etaFinal / eta, (double) step / Math.max(1, steps - 1));
	}

	private static void checkShape(NeuralNetwork network) {
		List<Layer> layers = network.getLayers();
		for (int l = 0; l < layers.size(); l++) {
			Layer layer = layers.get(l);
			ActivationKind wanted = l == layers.size() - 1 ? ActivationKind.LINEAR : ActivationKind.RELU;
			if (layer.getActivation().getKind() != wanted) {
				throw new TrainingException("binary_connect trains rate_independent networks (relu hidden layers, a linear output): layer "
						+ layer.getName() + " of " + network.getName() + " is " + layer.getActivation().getKind().getLiteral()
						+ "; make it " + wanted.getLiteral(), layer.getLine());
			}
		}
	}

	private static int[] classes(double[][] targets) {
		int[] result = new int[targets.length];
		for (int n = 0; n < targets.length; n++) {
			result[n] = Scores.argmax(targets[n]);
		}
		return result;
	}

	/** What keep_best maximizes: validation accuracy, or training accuracy without validation. */
	private static double score(TrainingReport report, DataSplit data) {
		return data.hasValidation() ? report.validationAccuracy() : report.trainAccuracy();
	}

	private static TrainingReport report(long iteration, NetworkParameters p, DataSplit data) {
		double[][] train = outputs(p, data.trainInputs());
		double[][] validation = outputs(p, data.validationInputs());
		return new TrainingReport(iteration, Scores.error(train, data.trainTargets()), Scores.accuracy(train, data.trainTargets()),
				Scores.error(validation, data.validationTargets()), Scores.accuracy(validation, data.validationTargets()));
	}

	private static double[][] outputs(NetworkParameters p, double[][] inputs) {
		double[][] result = new double[inputs.length][];
		for (int n = 0; n < inputs.length; n++) {
			result[n] = BinaryWeightNetwork.outputs(p, inputs[n]);
		}
		return result;
	}
}
