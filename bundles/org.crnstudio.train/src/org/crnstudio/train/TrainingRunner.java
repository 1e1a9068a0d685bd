package org.crnstudio.train;

import java.nio.file.Path;
import java.util.List;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Sample;
import org.crnstudio.model.Training;

/**
 * Runs a training declaration: resolves the model, the data set (rows inline or read from CSV when the file was
 * loaded), the split into training and validation samples, the method and its options, then calls the method.
 * Every problem is a {@link TrainingException} naming the line and what would be valid.
 */
public final class TrainingRunner {

	private TrainingRunner() {
	}

	/** Runs the training of that name in a loaded file (which must have no errors). */
	public static TrainingOutcome run(LoadedFile file, String trainingName, TrainingMonitor monitor) {
		if (file.hasErrors()) {
			Diagnostic first = file.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow();
			throw new TrainingException("the file has errors; nothing was run (first: " + first.message() + ")", first.line());
		}
		Training training = file.find(Training.class, trainingName).orElseThrow(() -> {
			List<String> valid = file.model() == null ? List.of()
					: file.model().getDeclarations().stream().filter(Training.class::isInstance).map(Declaration::getName).toList();
			return new TrainingException("no training named '" + trainingName + "' ("
					+ (valid.isEmpty() ? "the file declares none" : "valid: " + String.join(", ", valid)) + ")", 0);
		});
		return run(training, Path.of(file.fileName()), monitor);
	}

	/** Runs a training declaration; {@code sourceFile} is the .crn file it was read from (for messages). */
	public static TrainingOutcome run(Training training, Path sourceFile, TrainingMonitor monitor) {
		TrainingJob job = prepare(training, sourceFile);
		TrainingMethod method = TrainingMethods.require(training.getMethod().getName(), lineOfMethod(training));
		monitor.log("training " + training.getName() + ": " + method.name() + " on " + job.model().getName() + ", "
				+ job.data().trainSize() + " training and " + job.data().validationSize() + " validation samples, seed "
				+ job.seed());
		return method.train(job, monitor);
	}

	/** Resolves everything the method needs, checking it. */
	public static TrainingJob prepare(Training training, Path sourceFile) {
		int line = training.getLine();
		Declaration model = training.getModel();
		if (model == null || model.eIsProxy() || !(model instanceof NeuralNetwork || model instanceof OdeModel)) {
			throw new TrainingException("training " + training.getName() + " needs a model: write 'of <nn or ode name>'", line);
		}
		Dataset dataset = training.getDataset();
		if (dataset == null || dataset.eIsProxy()) {
			throw new TrainingException("training " + training.getName() + " needs a data set: write 'on <dataset name>'", line);
		}
		if (dataset.getSamples().isEmpty()) {
			throw new TrainingException("dataset " + dataset.getName() + " has no rows"
					+ (dataset.getFile() != null && !dataset.getFile().isEmpty() ? " (read from " + dataset.getFile() + ")" : ""),
					dataset.getLine());
		}
		if (training.getMethod() == null) {
			throw new TrainingException("training " + training.getName() + " has no method: write e.g. 'method "
					+ (model instanceof OdeModel ? "neural_crn()" : "backprop()") + "' (valid: "
					+ String.join(", ", TrainingMethods.names()) + ")", line);
		}
		TrainingMethod method = TrainingMethods.require(training.getMethod().getName(), lineOfMethod(training));
		MethodOptions options = MethodOptions.of(training.getMethod(), method.optionNames(), lineOfMethod(training));
		DataSplit split = DataSplits.split(rows(dataset, true), rows(dataset, false), training);
		return new TrainingJob(training, model, split, options, training.getSeed(), training.getIterations(),
				training.getEpochs(), sourceFile);
	}

	private static double[][] rows(Dataset dataset, boolean inputs) {
		double[][] result = new double[dataset.getSamples().size()][];
		for (int i = 0; i < result.length; i++) {
			Sample sample = dataset.getSamples().get(i);
			result[i] = (inputs ? sample.getInputs() : sample.getTargets()).stream().mapToDouble(Double::doubleValue).toArray();
		}
		return result;
	}

	private static int lineOfMethod(Training training) {
		return training.getMethod() != null && training.getMethod().getLine() > 0 ? training.getMethod().getLine()
				: training.getLine();
	}
}
