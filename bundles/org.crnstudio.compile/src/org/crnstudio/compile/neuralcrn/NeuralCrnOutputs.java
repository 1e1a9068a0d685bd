package org.crnstudio.compile.neuralcrn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;

/** The outputs of a Neural CRN: their check, the names of their targets, and their observables. */
final class NeuralCrnOutputs {

	private NeuralCrnOutputs() {
	}

	/**
	 * Output name to target name. Outputs must be whole-number combinations of states: the adjoint is loaded by
	 * transfer reactions whose stoichiometry is the coefficient.
	 */
	static Map<String, String> targets(OdeSystem system) {
		Set<String> sourceNames = new HashSet<>();
		system.inputs().forEach(input -> sourceNames.add(input.getName()));
		system.states().forEach(state -> sourceNames.add(state.getName()));
		system.parameters().forEach(parameter -> sourceNames.add(parameter.getName()));
		system.model().getOutputs().forEach(output -> sourceNames.add(output.getName()));
		Map<String, String> targets = new LinkedHashMap<>();
		for (var output : system.model().getOutputs()) {
			Polynomial polynomial = system.outputs().get(output.getName());
			boolean linear = !polynomial.isZero() && polynomial.terms().entrySet().stream()
					.allMatch(term -> term.getKey().degree() == 1 && term.getValue() == Math.rint(term.getValue()));
			if (!linear) {
				throw new CompilationException("output " + output.getName() + " of " + system.model().getName()
						+ " must be a sum of states with whole-number coefficients for neural_crn (e.g. z1 + z2), found "
						+ polynomial, output.getLine());
			}
			String target = targetName(output.getName());
			boolean clash = sourceNames.contains(target) && !target.equals(output.getName());
			targets.put(output.getName(), clash ? output.getName() : target);
		}
		return targets;
	}

	/** The target of output {@code yhat} is {@code y} (a trailing "hat" or "_hat" dropped), else the output's name. */
	static String targetName(String output) {
		if (output.endsWith("_hat") && output.length() > 4) {
			return output.substring(0, output.length() - 4);
		}
		if (output.endsWith("hat") && output.length() > 3) {
			return output.substring(0, output.length() - 3);
		}
		return output;
	}

	/** One observable per output, named like it: the weighted sum of its states' rail differences. */
	static void addObservables(OdeSystem system, NetworkBuilder builder, Map<String, Rails> states) {
		CrnFactory factory = CrnFactory.eINSTANCE;
		for (var output : system.model().getOutputs()) {
			Expression sum = null;
			for (var term : system.outputs().get(output.getName()).terms().entrySet()) {
				Rails rails = states.get(term.getKey().exponents().keySet().iterator().next());
				Expression value = builder.railDifference(rails.plus(), rails.minus());
				double coefficient = term.getValue();
				if (Math.abs(coefficient) != 1) {
					var product = factory.createBinaryExpression();
					product.setOperator(BinaryOperator.MULTIPLY);
					product.setLeft(NetworkBuilder.number(Math.abs(coefficient)));
					product.setRight(value);
					value = product;
				}
				if (sum == null && coefficient < 0) {
					var negated = factory.createNegatedExpression();
					negated.setOperand(value);
					sum = negated;
				} else if (sum == null) {
					sum = value;
				} else {
					var combined = factory.createBinaryExpression();
					combined.setOperator(coefficient < 0 ? BinaryOperator.SUBTRACT : BinaryOperator.ADD);
					combined.setLeft(sum);
					combined.setRight(value);
					sum = combined;
				}
			}
			Provenance provenance = builder.provenance(ProvenanceKind.OUTPUT, output.getName(), -1, -1,
					"output " + output.getName() + " at the end of phase C1");
			provenance.setStage("N1");
			builder.observable(output.getName(), sum, provenance);
		}
	}
}
