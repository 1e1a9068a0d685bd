package org.crnstudio.train.onepot;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.onepot.OnePotSettings;
import org.crnstudio.io.NumberText;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
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
 * {@code one_pot(eta, period, ...)} (seed 002): the network's one-pot training CRN is simulated while the input and
 * target species are set to the next training sample every period (sample order: {@link SampleOrder}). Nothing
 * else is reset between periods. Every {@code report_every} iterations the weights are read off the weight species
 * and the network they define is scored on the training and validation sets (error and accuracy, {@link Scores}).
 * The last weights are written back as {@code nn <Model>Trained}.
 */
public final class OnePotMethod implements TrainingMethod {

	public static final String NAME = "one_pot";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
		NeuralNetwork source = job.neuralNetwork();
		MethodOptions options = job.options();
		int iterations = job.iterations();
		if (iterations < 1) {
			throw new TrainingException("training " + job.declaration().getName() + " with one_pot needs 'iterations N'"
					+ " (one iteration presents one sample for one period)", job.line());
		}
		OnePotNetwork pot = OnePotNetwork.compile(source, compileOptions(options), job.line());
		OnePotRun run = new OnePotRun(pot, job.data(), OnePotRunSettings.of(options), job.seed(), job.line());
		TrainingMetrics metrics = new TrainingMetrics(monitor);
		monitor.log("one_pot: " + pot.network().getSpecies().size() + " species, " + pot.network().getReactions().size()
				+ " reactions; " + iterations + " iterations of period " + NumberText.of(run.settings().period())
				+ noiseText(run.settings().noise()));
		boolean canceled = run.run(iterations, metrics, monitor);
		DenseNetwork trained = run.currentNetwork();
		return new TrainingOutcome(text(job, source, trained, run.iteration()), metrics.table(), canceled,
				run.describeWork());
	}

	private static String noiseText(OnePotNoise noise) {
		if (!noise.active()) {
			return "";
		}
		return "; noise eps " + NumberText.of(noise.eps()) + " every " + NumberText.of(noise.t0()) + " for "
				+ NumberText.of(noise.t1()) + " on " + (noise.rates() ? (noise.forward() ? "every rate" : "the backward CRN's rates")
						+ (noise.absolute() ? " (|k + eps xi|)" : "") : "") + (noise.rates() && noise.nodes() ? " and " : "")
				+ (noise.nodes() ? "node species" : "");
	}

	/** The trained network as an nn declaration. */
	private static String text(TrainingJob job, NeuralNetwork source, DenseNetwork trained, long iterations) {
		List<double[][]> weights = new ArrayList<>();
		List<double[]> biases = new ArrayList<>();
		for (DenseLayer layer : trained.layers()) {
			for (double[] row : layer.weights()) {
				requireFinite(row, job, iterations);
			}
			requireFinite(layer.bias(), job, iterations);
			weights.add(layer.weights());
			biases.add(layer.bias());
		}
		return "// " + source.getName() + " trained by " + job.declaration().getName() + " (one_pot, " + iterations
				+ " iterations, seed " + job.seed() + ")\n" + TrainedNetworkText.of(source, job.trainedName(), weights, biases);
	}

	private static void requireFinite(double[] values, TrainingJob job, long iterations) {
		for (double value : values) {
			if (!Double.isFinite(value)) {
				throw new TrainingException("training " + job.declaration().getName() + " diverged: a weight is " + value
						+ " after " + iterations + " iterations (try a smaller eta or a shorter period)", job.line());
			}
		}
	}

	/** The options the one_pot compiler reads, as given (the others belong to the training run). */
	static List<Option> compileOptions(MethodOptions options) {
		List<Option> result = new ArrayList<>();
		for (String name : options.givenNames()) {
			if (OnePotSettings.OPTIONS.contains(name)) {
				Option option = CrnFactory.eINSTANCE.createOption();
				option.setName(name);
				option.setValue(options.number(name));
				result.add(option);
			}
		}
		return result;
	}

	/** Scores a network on both sets; NaN for an empty validation set. */
	static TrainingReport score(long iteration, DenseNetwork network, DataSplit data) {
		ForwardPass pass = new ForwardPass(network);
		double[][] trainOutputs = outputs(pass, data.trainInputs());
		double[][] validationOutputs = outputs(pass, data.validationInputs());
		return new TrainingReport(iteration, Scores.error(trainOutputs, data.trainTargets()),
				Scores.accuracy(trainOutputs, data.trainTargets()), Scores.error(validationOutputs, data.validationTargets()),
				Scores.accuracy(validationOutputs, data.validationTargets()));
	}

	private static double[][] outputs(ForwardPass pass, double[][] inputs) {
		double[][] outputs = new double[inputs.length][];
		for (int n = 0; n < inputs.length; n++) {
			outputs[n] = pass.outputs(inputs[n]);
		}
		return outputs;
	}

}
