package org.crnstudio.compile.neuralcrn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.Observable;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.RateEquation;
import org.crnstudio.model.StateVariable;
import org.crnstudio.model.Symbol;

/**
 * An {@code ode} model read as polynomials over its source names: one right-hand side per state (zero when the
 * state has no equation) and one polynomial per output.
 */
public record OdeSystem(OdeModel model, Map<String, Polynomial> equations, Map<String, Polynomial> outputs,
		Map<String, RateEquation> equationElements) {

	public static OdeSystem of(OdeModel model) {
		checkUniqueNames(model);
		Set<Symbol> equationSymbols = new HashSet<>();
		equationSymbols.addAll(model.getInputs());
		equationSymbols.addAll(model.getStates());
		equationSymbols.addAll(model.getParameters());
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		Map<String, RateEquation> elements = new HashMap<>();
		for (StateVariable state : model.getStates()) {
			equations.put(state.getName(), Polynomial.ZERO);
		}
		for (RateEquation equation : model.getEquations()) {
			StateVariable state = equation.getState();
			if (state == null || !model.getStates().contains(state)) {
				throw new CompilationException("an equation of " + model.getName() + " defines "
						+ (state == null ? "an unknown name" : state.getName()) + ", which is not a state of the model",
						equation.getLine());
			}
			if (elements.put(state.getName(), equation) != null) {
				throw new CompilationException(state.getName() + "' of " + model.getName()
						+ " is defined twice (give one equation per state)", equation.getLine());
			}
			PolynomialExpander expander = new PolynomialExpander(
					symbol -> equationSymbols.contains(symbol) ? symbol.getName() : null,
					state.getName() + "' of " + model.getName());
			equations.put(state.getName(), expander.expand(equation.getExpression()));
		}
		Set<Symbol> states = new HashSet<>(model.getStates());
		Map<String, Polynomial> outputs = new LinkedHashMap<>();
		for (Observable output : model.getOutputs()) {
			PolynomialExpander expander = new PolynomialExpander(
					symbol -> states.contains(symbol) ? symbol.getName() : null,
					"output " + output.getName() + " of " + model.getName());
			outputs.put(output.getName(), expander.expand(output.getExpression()));
		}
		return new OdeSystem(model, equations, outputs, elements);
	}

	public List<NetworkInput> inputs() {
		return model.getInputs();
	}

	public List<StateVariable> states() {
		return model.getStates();
	}

	public List<Parameter> parameters() {
		return model.getParameters();
	}

	/** The source line of a state's equation, or of the model when the state has none. */
	public int lineOf(String state) {
		RateEquation equation = equationElements.get(state);
		return equation != null ? equation.getLine() : model.getLine();
	}

	private static void checkUniqueNames(OdeModel model) {
		Set<String> names = new HashSet<>();
		for (List<? extends Symbol> symbols : List.of(model.getInputs(), model.getStates(), model.getParameters(),
				model.getOutputs())) {
			for (Symbol symbol : symbols) {
				if (!names.add(symbol.getName())) {
					throw new CompilationException("the name " + symbol.getName() + " is declared twice in "
							+ model.getName() + " (inputs, states, parameters and outputs need distinct names)",
							symbol.getLine());
				}
			}
		}
	}
}
