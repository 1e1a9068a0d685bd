package org.crnstudio.train.neuralcrn;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crnstudio.io.NumberText;
import org.crnstudio.lang.print.ExpressionPrinter;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.Observable;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.RateEquation;
import org.crnstudio.model.StateVariable;

/**
 * A trained ode model as a declaration of the language: the source's inputs, states, equations and outputs, with
 * the parameters at their learned values (each parameter keeps its ": positive" mark).
 */
final class TrainedOdeText {

	private TrainedOdeText() {
	}

	static String of(OdeModel source, String name, Map<String, Double> parameters) {
		ExpressionPrinter printer = new ExpressionPrinter(Function.identity());
		StringBuilder text = new StringBuilder("ode ").append(name).append(" {\n");
		for (NetworkInput input : source.getInputs()) {
			text.append("    input ").append(input.getName()).append(input.isPositive() ? " : positive" : "").append('\n');
		}
		for (StateVariable state : source.getStates()) {
			text.append("    state ").append(state.getName());
			if (state.getInitial() != 0) {
				text.append(" = ").append(NumberText.of(state.getInitial()));
			}
			text.append(state.isPositive() ? " : positive" : "").append('\n');
		}
		for (Parameter parameter : source.getParameters()) {
			double value = parameters.getOrDefault(parameter.getName(), parameter.getValue());
			text.append("    parameter ").append(parameter.getName()).append(" = ").append(NumberText.of(value))
					.append(parameter.isPositive() ? " : positive" : "").append('\n');
		}
		for (RateEquation equation : source.getEquations()) {
			text.append("    ").append(equation.getState().getName()).append("' = ")
					.append(printer.print(equation.getExpression())).append('\n');
		}
		List<Observable> outputs = source.getOutputs();
		for (Observable output : outputs) {
			text.append("    output ").append(output.getName()).append(" = ").append(printer.print(output.getExpression()))
					.append('\n');
		}
		return text.append("}\n").toString();
	}
}
