package org.crnstudio.lang.validation;

import java.util.List;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.build.ClassTargets;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** training T { of Model on Data method ... }: kinds, a method that fits the model, data columns that fit it. */
public class TrainingChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void trainingFitsModel(TrainingDef training) {
		Declaration model = training.getModel();
		if (ModelFacts.resolved(model) && !(model instanceof NnDef) && !(model instanceof OdeDef)) {
			error(model.getName() + " is a " + ModelFacts.kind(model) + "; a training needs an nn or an ode", training,
					AST.getTrainingDef_Model(), CrnIssueCodes.WRONG_KIND, model.getName(), ModelFacts.kind(model), "nn or ode");
			return;
		}
		Declaration data = training.getDataset();
		if (ModelFacts.resolved(data) && !(data instanceof DatasetDef)) {
			error(data.getName() + " is a " + ModelFacts.kind(data) + "; a training needs a dataset", training,
					AST.getTrainingDef_Dataset(), CrnIssueCodes.WRONG_KIND, data.getName(), ModelFacts.kind(data), "dataset");
			return;
		}
		if (ModelFacts.resolved(model)) {
			checkMethod(training, model);
			if (data instanceof DatasetDef dataset) {
				checkColumns(training, model, dataset);
			}
		}
	}

	private void checkMethod(TrainingDef training, Declaration model) {
		if (training.getMethod() == null || OptionChecks.specsOf(training.getMethod()) == null) {
			return;
		}
		String method = training.getMethod().getName();
		String needed = KnownOptions.modelKindOf(method);
		String kind = ModelFacts.kind(model);
		if (!needed.equals(kind)) {
			String fitting = kind.equals("nn") ? "one_pot, backprop or binary_connect" : "neural_crn";
			error("Training method " + method + " trains an " + needed + ", but " + model.getName() + " is an " + kind
					+ "; use " + fitting, training, AST.getTrainingDef_Method(), CrnIssueCodes.METHOD_MISMATCH, method,
					model.getName(), kind, fitting);
			return;
		}
		if (model instanceof NnDef nn && method.equals("one_pot")) {
			Smoothing.layerWithZeroH(nn).ifPresent(layer -> warning("one_pot with h = 0 in layer " + layer.getName()
					+ " of " + nn.getName() + ": the fixed point is not guaranteed; use h > 0 (e.g. h = 1)", training,
					AST.getTrainingDef_Method(), CrnIssueCodes.ZERO_SMOOTHING, nn.getName(), layer.getName(), "h", "1"));
		}
	}

	@Check
	public void splitIsPositive(TrainingDef training) {
		if (training.getValidationCount() > 0 && training.getTrainCount() < 1) {
			error("training " + training.getName() + ": split N / M needs N >= 1 training samples", training,
					AST.getTrainingDef_TrainCount(), CrnIssueCodes.INVALID_OPTION_VALUE, "split", training.getName());
		}
	}

	/** split N / M with N + M above the data set's rows, when they are known (inline, or a CSV that reads). */
	@Check
	public void splitFitsRows(TrainingDef training) {
		int train = training.getTrainCount();
		int validation = training.getValidationCount();
		if ((train == 0 && validation == 0) || !(training.getDataset() instanceof DatasetDef dataset)
				|| !ModelFacts.resolved(dataset)) {
			return;
		}
		DatasetChecks.rowCount(dataset).ifPresent(rows -> {
			if (train + validation > rows) {
				error("training " + training.getName() + ": split " + train + " / " + validation + " needs " + (train + validation)
						+ " rows, but dataset " + dataset.getName() + " has " + rows + "; choose N + M <= " + rows, training,
						AST.getTrainingDef_TrainCount(), CrnIssueCodes.INVALID_OPTION_VALUE, "split", training.getName());
			}
		});
	}

	private void checkColumns(TrainingDef training, Declaration model, DatasetDef dataset) {
		List<String> inputs = ModelFacts.inputNames(model);
		List<String> outputs = Members.outputNames(model);
		boolean inputsFit = inputs.equals(dataset.getInputs());
		int targets = DatasetChecks.targetCount(dataset);
		boolean targetsFit = outputs.size() == targets;
		if (!inputsFit || !targetsFit) {
			error("dataset " + dataset.getName() + " has inputs " + String.join(", ", dataset.getInputs()) + " and "
					+ targets + " target(s)" + (ClassTargets.isOneHot(dataset) ? " (one per class)" : "") + ", but " + model.getName() + " needs inputs "
					+ String.join(", ", inputs) + " (same names, same order) and " + outputs.size()
					+ " target(s), one per output (" + String.join(", ", outputs) + ")", training,
					AST.getTrainingDef_Dataset(), CrnIssueCodes.DATASET_MISMATCH, dataset.getName(), model.getName(),
					String.join(",", inputs), Integer.toString(outputs.size()));
		}
	}
}
