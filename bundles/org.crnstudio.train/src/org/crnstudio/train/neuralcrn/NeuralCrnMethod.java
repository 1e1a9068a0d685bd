package org.crnstudio.train.neuralcrn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.neuralcrn.NeuralCrnSettings;
import org.crnstudio.io.NumberText;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Option;
import org.crnstudio.train.DataSplit;
import org.crnstudio.train.MethodOptions;
import org.crnstudio.train.Scores;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingJob;
import org.crnstudio.train.TrainingMethod;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.onepot.SampleOrder;

/**
 * {@code neural_crn(T, eta, ...)} (seed 003): the model's Neural CRN runs the two-phase protocol
 * ({@link NeuralCrnRun}) on every training sample once per epoch, in a seeded random order. After each epoch a
 * report: the training error is the mean of the epoch's predictions' squared errors (each measured before learning
 * from its sample), the validation error the same for the validation samples with the parameters reached. Accuracy
 * follows {@link Scores} unless option {@code threshold} is given: then a prediction is correct when it lies on the
 * same side of the threshold as its target (the paper's classifiers: ON above 2). The learned parameters are written
 * back as {@code ode <Model>Trained}.
 */
public final class NeuralCrnMethod implements TrainingMethod {

	public static final String NAME = "neural_crn";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public TrainingOutcome train(TrainingJob job, TrainingMonitor monitor) {
		OdeModel source = job.odeModel();
		MethodOptions options = job.options();
		if (job.epochs() < 1) {
			throw new TrainingException("training " + job.declaration().getName()
					+ " with neural_crn needs 'epochs N' (an epoch presents every training sample once)", job.line());
		}
		NeuralCrnNetwork network = NeuralCrnNetwork.compile(source, compileOptions(options), job.line());
		DataSplit data = job.data();
		double threshold = options.number("threshold");
		NeuralCrnRun run = new NeuralCrnRun(network, options.positive("T"), options.positive("rtol"),
				options.positive("atol"));
		monitor.log("neural_crn: " + network.network().getSpecies().size() + " species, "
				+ network.network().getReactions().size() + " reactions; " + job.epochs() + " epochs of "
				+ data.trainSize() + " samples, phases of T = " + NumberText.of(options.positive("T")));
		TrainingMetrics metrics = new TrainingMetrics(monitor);
		SampleOrder order = new SampleOrder(data.trainSize(), job.seed());
		boolean canceled = false;
		int epoch = 0;
		while (epoch < job.epochs() && !canceled) {
			double[][] predictions = new double[data.trainSize()][];
			double[][] targets = new double[data.trainSize()][];
			for (int n = 0; n < data.trainSize(); n++) {
				if (monitor.isCanceled()) {
					canceled = true;
					break;
				}
				int sample = order.next();
				predictions[n] = run.learn(data.trainInputs()[sample], data.trainTargets()[sample]);
				targets[n] = data.trainTargets()[sample];
			}
			if (canceled) {
				break;
			}
			epoch++;
			double[][] validation = new double[data.validationSize()][];
			for (int n = 0; n < validation.length; n++) {
				validation[n] = run.predict(data.validationInputs()[n], data.validationTargets()[n]);
			}
			metrics.record(new TrainingReport(epoch, Scores.error(predictions, targets), accuracy(predictions, targets,
					threshold), Scores.error(validation, data.validationTargets()),
					accuracy(validation, data.validationTargets(), threshold)));
		}
		Map<String, Double> parameters = network.parameters(run.concentrations());
		for (Map.Entry<String, Double> parameter : parameters.entrySet()) {
			if (!Double.isFinite(parameter.getValue())) {
				throw new TrainingException("training " + job.declaration().getName() + " diverged: parameter "
						+ parameter.getKey() + " is " + parameter.getValue() + " (try a smaller eta or T)", job.line());
			}
		}
		String text = "// " + source.getName() + " trained by " + job.declaration().getName() + " (neural_crn, " + epoch
				+ " epochs, seed " + job.seed() + ")\n" + TrainedOdeText.of(source, job.trainedName(), parameters);
		return new TrainingOutcome(text, metrics.table(), canceled, run.describeWork());
	}

	/** Accuracy by {@link Scores}, or by the side of the threshold when one is given. */
	static double accuracy(double[][] outputs, double[][] targets, double threshold) {
		if (Double.isNaN(threshold) || outputs.length == 0) {
			return Scores.accuracy(outputs, targets);
		}
		int correct = 0;
		for (int n = 0; n < outputs.length; n++) {
			boolean all = true;
			for (int k = 0; k < outputs[n].length; k++) {
				all &= (outputs[n][k] > threshold) == (targets[n][k] > threshold);
			}
			correct += all ? 1 : 0;
		}
		return (double) correct / outputs.length;
	}

	private static boolean isWord(String name) {
		return KnownOptions.find(KnownOptions.NEURAL_CRN, name).map(spec -> spec.kind() == OptionSpec.Kind.WORD)
				.orElse(false);
	}

	/** The options the neural_crn compiler reads, as given (the others belong to the training run). */
	static List<Option> compileOptions(MethodOptions options) {
		List<Option> result = new ArrayList<>();
		for (String name : options.givenNames()) {
			if (NeuralCrnSettings.OPTIONS.contains(name)) {
				Option option = CrnFactory.eINSTANCE.createOption();
				option.setName(name);
				if (isWord(name)) {
					option.setLiteral(options.word(name));
					option.setValue(Double.NaN);
				} else {
					option.setValue(options.number(name));
				}
				option.setLine(options.line(name));
				result.add(option);
			}
		}
		return result;
	}
}
