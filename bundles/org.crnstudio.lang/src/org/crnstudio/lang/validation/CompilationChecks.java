package org.crnstudio.lang.validation;

import java.util.List;
import java.util.Optional;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.Vector;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** crn X = compile M with construction(...): the construction fits the model it compiles. */
public class CompilationChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void constructionFitsSource(CrnDef crn) {
		if (!crn.isCompiled() || crn.getConstruction() == null || !ModelFacts.resolved(crn.getSource())) {
			return;
		}
		Declaration source = crn.getSource();
		String construction = crn.getConstruction().getName();
		if (!(source instanceof NnDef) && !(source instanceof OdeDef)) {
			error(source.getName() + " is a " + ModelFacts.kind(source) + "; compile needs an nn or an ode", crn,
					AST.getCrnDef_Source(), CrnIssueCodes.WRONG_KIND, source.getName(), ModelFacts.kind(source), "nn or ode");
			return;
		}
		String needed = "neural_crn".equals(construction) ? "ode" : "nn";
		boolean known = OptionChecks.specsOf(crn.getConstruction()) != null;
		if (known && !needed.equals(ModelFacts.kind(source))) {
			String fitting = needed.equals("ode") ? "fixed_point, rate_independent or one_pot" : "neural_crn";
			error(construction + " compiles an " + needed + ", but " + source.getName() + " is an "
					+ ModelFacts.kind(source) + "; for it use " + fitting, crn, AST.getCrnDef_Construction(),
					CrnIssueCodes.CONSTRUCTION_MISMATCH, construction, source.getName(), ModelFacts.kind(source), needed);
			return;
		}
		if (source instanceof NnDef nn) {
			checkNeuralNetwork(crn, construction, nn);
		}
	}

	private void checkNeuralNetwork(CrnDef crn, String construction, NnDef nn) {
		if (construction.equals("fixed_point") || construction.equals("rate_independent")) {
			for (Layer layer : Members.layers(nn)) {
				if (layer.getWeights() == null) {
					error(construction + " needs given weights, but layer " + layer.getName() + " of " + nn.getName()
							+ " has none (give weights, or train it first)", crn, AST.getCrnDef_Source(),
							CrnIssueCodes.MISSING_WEIGHTS, nn.getName(), layer.getName());
					return;
				}
			}
		}
		if (construction.equals("rate_independent")) {
			checkRateIndependent(crn, nn);
		}
		if (construction.equals("fixed_point") || construction.equals("one_pot")) {
			// fixed_point computes each node as the fixed point of a mass-action ODE (an algebraic function of its
			// input); one_pot adds sigmoid and tanh as clocked modules (seed 002, appendix C) and the leaky ReLU as
			// slope z + (1 - slope) phi_h(z) with a small corner h (seed 002, section 5.2).
			List<String> valid = construction.equals("fixed_point") ? List.of("smooth_relu", "poly_relu")
					: List.of("smooth_relu", "relu", "leaky_relu", "sigmoid", "tanh");
			for (Layer layer : Members.layers(nn)) {
				String found = layer.getActivation() == null ? "" : layer.getActivation().getName();
				if (!found.isEmpty() && !valid.contains(found)) {
					error(construction + " builds " + String.join(" or ", valid) + " on every layer, but layer "
							+ layer.getName() + " of " + nn.getName() + " is " + found
							+ (construction.equals("fixed_point") ? " (relu is smooth_relu(h = 0))" : ""), crn,
							AST.getCrnDef_Construction(), CrnIssueCodes.CONSTRUCTION_ACTIVATION, construction,
							nn.getName(), layer.getName(), found, String.join(", ", valid));
					return;
				}
			}
			Smoothing.layerWithZeroH(nn).ifPresent(layer -> warning(construction + " with h = 0 in layer "
					+ layer.getName() + " of " + nn.getName() + ": the fixed point is not guaranteed; use h > 0 (e.g. h = 1)",
					crn, AST.getCrnDef_Construction(), CrnIssueCodes.ZERO_SMOOTHING, nn.getName(), layer.getName(), "h", "1"));
		}
	}

	private void checkRateIndependent(CrnDef crn, NnDef nn) {
		List<Layer> layers = Members.layers(nn);
		for (int i = 0; i < layers.size(); i++) {
			Layer layer = layers.get(i);
			boolean output = i == layers.size() - 1;
			String needed = output ? "linear" : "relu";
			String found = layer.getActivation() == null ? "" : layer.getActivation().getName();
			if (!needed.equals(found)) {
				error("rate_independent needs " + (output ? "a linear output layer" : "relu hidden layers") + ", but layer "
						+ layer.getName() + " of " + nn.getName() + " is " + found, crn, AST.getCrnDef_Construction(),
						CrnIssueCodes.RATE_INDEPENDENT_ACTIVATION, nn.getName(), layer.getName(), found, needed);
				return;
			}
		}
		if (binarize(crn)) {
			return;
		}
		Optional<String> offending = firstNonBinaryWeight(layers);
		offending.ifPresent(where -> error("rate_independent needs weights +1 or -1, but " + nn.getName() + " has " + where
				+ "; add binarize = true (weights become +1/-1 by sign) or use fixed_point", crn,
				AST.getCrnDef_Construction(), CrnIssueCodes.NOT_BINARY_WEIGHTS, crn.getName(), nn.getName(), "binarize", "true"));
	}

	private static boolean binarize(CrnDef crn) {
		if (crn.getConstruction().getOptions() == null) {
			return false;
		}
		for (Option option : crn.getConstruction().getOptions().getOptions()) {
			if ("binarize".equals(option.getName())) {
				return !option.isAssigned() || "true".equals(option.getWord());
			}
		}
		return false;
	}

	private static Optional<String> firstNonBinaryWeight(List<Layer> layers) {
		for (Layer layer : layers) {
			if (layer.getWeights() == null) {
				continue;
			}
			List<Vector> rows = layer.getWeights().getRows();
			for (int r = 0; r < rows.size(); r++) {
				List<Double> values = rows.get(r).getValues();
				for (int c = 0; c < values.size(); c++) {
					double w = values.get(c);
					if (w != 1 && w != -1) {
						return Optional.of(layer.getName() + "[" + r + "][" + c + "] = " + w);
					}
				}
			}
		}
		return Optional.empty();
	}
}
