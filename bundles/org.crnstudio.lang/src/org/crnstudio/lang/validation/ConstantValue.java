package org.crnstudio.lang.validation;

import java.util.OptionalDouble;

import org.crnstudio.lang.ast.Binary;
import org.crnstudio.lang.ast.Expression;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Negation;
import org.crnstudio.lang.ast.NumberLiteral;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.SymbolRef;

/**
 * The value of an AST expression when it is constant: numbers, parameters (their declared values), operators and
 * the built-in functions. Empty when it names anything else or a name did not resolve.
 */
final class ConstantValue {

	private ConstantValue() {
	}

	static OptionalDouble of(Expression expression) {
		return switch (expression) {
			case null -> OptionalDouble.empty();
			case NumberLiteral number -> OptionalDouble.of(number.getValue());
			case SymbolRef ref when ref.getSymbol() instanceof ParameterDecl p && !p.eIsProxy() -> OptionalDouble.of(p.getValue());
			case SymbolRef ref -> OptionalDouble.empty();
			case Negation negation -> map(of(negation.getOperand()), v -> -v);
			case Binary binary -> binary(binary);
			case FunctionCall call -> call(call);
			default -> OptionalDouble.empty();
		};
	}

	private static OptionalDouble binary(Binary binary) {
		OptionalDouble left = of(binary.getLeft());
		OptionalDouble right = of(binary.getRight());
		if (left.isEmpty() || right.isEmpty()) {
			return OptionalDouble.empty();
		}
		double a = left.getAsDouble();
		double b = right.getAsDouble();
		return OptionalDouble.of(switch (binary.getOperator()) {
			case "+" -> a + b;
			case "-" -> a - b;
			case "*" -> a * b;
			case "/" -> a / b;
			case "^" -> Math.pow(a, b);
			default -> Double.NaN;
		});
	}

	private static OptionalDouble call(FunctionCall call) {
		double[] args = new double[call.getArguments().size()];
		for (int i = 0; i < args.length; i++) {
			OptionalDouble value = of(call.getArguments().get(i));
			if (value.isEmpty()) {
				return OptionalDouble.empty();
			}
			args[i] = value.getAsDouble();
		}
		Integer arity = org.crnstudio.lang.options.KnownOptions.FUNCTIONS.get(call.getFunction());
		if (arity == null || arity != args.length) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(switch (call.getFunction()) {
			case "sqrt" -> Math.sqrt(args[0]);
			case "exp" -> Math.exp(args[0]);
			case "log" -> Math.log(args[0]);
			case "abs" -> Math.abs(args[0]);
			case "min" -> Math.min(args[0], args[1]);
			case "max" -> Math.max(args[0], args[1]);
			default -> Double.NaN;
		});
	}

	private static OptionalDouble map(OptionalDouble value, java.util.function.DoubleUnaryOperator f) {
		return value.isPresent() ? OptionalDouble.of(f.applyAsDouble(value.getAsDouble())) : OptionalDouble.empty();
	}
}
