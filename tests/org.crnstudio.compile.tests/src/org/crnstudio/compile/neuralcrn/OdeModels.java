package org.crnstudio.compile.neuralcrn;

import java.util.HashMap;
import java.util.Map;

import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.Observable;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.RateEquation;
import org.crnstudio.model.StateVariable;
import org.crnstudio.model.Symbol;

/**
 * Test fixture: builds {@code ode} models in code, with equations written as text
 * ({@code "theta1 * x1 + 1"}) read by a small recursive-descent parser (+ - * / ^, parentheses, unary minus).
 */
final class OdeModels {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private final OdeModel model = FACTORY.createOdeModel();
	private final Map<String, Symbol> symbols = new HashMap<>();

	private OdeModels(String name) {
		model.setName(name);
		model.setLine(3);
	}

	static OdeModels ode(String name) {
		return new OdeModels(name);
	}

	OdeModels input(String name, boolean positive) {
		NetworkInput input = FACTORY.createNetworkInput();
		input.setName(name);
		input.setPositive(positive);
		model.getInputs().add(input);
		symbols.put(name, input);
		return this;
	}

	OdeModels state(String name) {
		return state(name, 0);
	}

	OdeModels state(String name, double initial) {
		StateVariable state = FACTORY.createStateVariable();
		state.setName(name);
		state.setInitial(initial);
		model.getStates().add(state);
		symbols.put(name, state);
		return this;
	}

	OdeModels parameter(String name, double value, boolean positive) {
		Parameter parameter = FACTORY.createParameter();
		parameter.setName(name);
		parameter.setValue(value);
		parameter.setPositive(positive);
		model.getParameters().add(parameter);
		symbols.put(name, parameter);
		return this;
	}

	OdeModels equation(String state, String expression) {
		RateEquation equation = FACTORY.createRateEquation();
		equation.setState((StateVariable) symbols.get(state));
		equation.setExpression(parse(expression));
		equation.setLine(10 + model.getEquations().size());
		model.getEquations().add(equation);
		return this;
	}

	OdeModels output(String name, String expression) {
		Observable output = FACTORY.createObservable();
		output.setName(name);
		output.setExpression(parse(expression));
		output.setLine(20 + model.getOutputs().size());
		model.getOutputs().add(output);
		return this;
	}

	OdeModel build() {
		return model;
	}

	/** The paper's minimal linear regression model (and examples/neural-crn-linreg.crn's LinReg). */
	static OdeModel linReg() {
		return ode("LinReg").input("x1", true).input("x2", true).state("z1").state("z2")
				.parameter("theta1", 0.5, true).parameter("theta2", 0.5, true)
				.equation("z1", "theta1 * x1").equation("z2", "theta2 * x2").output("yhat", "z1 + z2").build();
	}

	Expression parse(String text) {
		return new Parser(text).parse();
	}

	private final class Parser {
		private final String text;
		private int position;

		Parser(String text) {
			this.text = text.replace(" ", "");
		}

		Expression parse() {
			Expression expression = sum();
			if (position != text.length()) {
				throw new IllegalArgumentException("unexpected '" + text.substring(position) + "' in " + text);
			}
			return expression;
		}

		private Expression sum() {
			Expression left = product();
			while (position < text.length() && (peek() == '+' || peek() == '-')) {
				BinaryOperator operator = text.charAt(position++) == '+' ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
				left = binary(operator, left, product());
			}
			return left;
		}

		private Expression product() {
			Expression left = power();
			while (position < text.length() && (peek() == '*' || peek() == '/')) {
				BinaryOperator operator = text.charAt(position++) == '*' ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
				left = binary(operator, left, power());
			}
			return left;
		}

		private Expression power() {
			Expression base = unary();
			if (position < text.length() && peek() == '^') {
				position++;
				return binary(BinaryOperator.POWER, base, unary());
			}
			return base;
		}

		private Expression unary() {
			if (peek() == '-') {
				position++;
				var negated = FACTORY.createNegatedExpression();
				negated.setOperand(unary());
				return negated;
			}
			if (peek() == '(') {
				position++;
				Expression inner = sum();
				position++; // ')'
				return inner;
			}
			int start = position;
			if (Character.isDigit(peek())) {
				while (position < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
					position++;
				}
				var number = FACTORY.createNumberLiteral();
				number.setValue(Double.parseDouble(text.substring(start, position)));
				return number;
			}
			while (position < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
				position++;
			}
			String name = text.substring(start, position);
			if (position < text.length() && peek() == '(') {
				position++;
				var call = FACTORY.createFunctionCall();
				call.setFunction(name);
				call.getArguments().add(sum());
				position++;
				return call;
			}
			Symbol symbol = symbols.get(name);
			if (symbol == null) {
				throw new IllegalArgumentException("unknown name " + name);
			}
			var reference = FACTORY.createSymbolReference();
			reference.setSymbol(symbol);
			return reference;
		}

		private char peek() {
			return text.charAt(position);
		}

		private Expression binary(BinaryOperator operator, Expression left, Expression right) {
			var binary = FACTORY.createBinaryExpression();
			binary.setOperator(operator);
			binary.setLeft(left);
			binary.setRight(right);
			return binary;
		}
	}
}
