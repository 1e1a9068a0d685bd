package org.crnstudio.compile.neuralcrn;

import java.util.function.Function;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Symbol;
import org.crnstudio.model.SymbolReference;

/**
 * Expands an expression of {@code + - *}, integer powers, division by a number, numbers and symbols into a
 * polynomial. Anything else (functions, division by a variable, fractional powers) is not polynomial and is
 * reported with the element's line.
 */
public final class PolynomialExpander {

	private final Function<Symbol, String> variableName;
	private final String context;

	/**
	 * @param variableName the polynomial variable a symbol stands for, or null when the symbol may not appear
	 * @param context      names the equation in messages, e.g. "z1' of LinReg"
	 */
	public PolynomialExpander(Function<Symbol, String> variableName, String context) {
		this.variableName = variableName;
		this.context = context;
	}

	public Polynomial expand(Expression expression) {
		if (expression instanceof NumberLiteral number) {
			return Polynomial.constant(number.getValue());
		}
		if (expression instanceof SymbolReference reference) {
			Symbol symbol = reference.getSymbol();
			String name = symbol == null ? null : variableName.apply(symbol);
			if (name == null) {
				throw new CompilationException(context + " refers to " + (symbol == null ? "an unknown name" : symbol.getName())
						+ ", which is not an input, state or parameter of the model", expression.getLine());
			}
			return Polynomial.variable(name);
		}
		if (expression instanceof NegatedExpression negated) {
			return expand(negated.getOperand()).times(-1);
		}
		if (expression instanceof BinaryExpression binary) {
			return expandBinary(binary);
		}
		if (expression instanceof FunctionCall call) {
			throw new CompilationException(context + " calls " + call.getFunction()
					+ "(...), which is not polynomial (valid: numbers, inputs, states, parameters with + - * and integer powers)",
					expression.getLine());
		}
		throw new CompilationException(context + " has an expression that is not polynomial", lineOf(expression));
	}

	private Polynomial expandBinary(BinaryExpression binary) {
		Polynomial left = expand(binary.getLeft());
		return switch (binary.getOperator()) {
		case ADD -> left.plus(expand(binary.getRight()));
		case SUBTRACT -> left.minus(expand(binary.getRight()));
		case MULTIPLY -> left.times(expand(binary.getRight()));
		case DIVIDE -> left.times(1 / constantOf(binary.getRight(), "a divisor"));
		case POWER -> left.power(exponentOf(binary.getRight()));
		};
	}

	private double constantOf(Expression expression, String what) {
		Polynomial value = expand(expression);
		if (value.degree() > 0 || value.isZero()) {
			throw new CompilationException(context + ": " + what + " must be a non-zero number, found " + value,
					lineOf(expression));
		}
		return value.terms().values().iterator().next();
	}

	private int exponentOf(Expression expression) {
		double exponent = constantOf(expression, "an exponent");
		if (exponent != Math.rint(exponent) || exponent < 1 || exponent > 64) {
			throw new CompilationException(context + ": an exponent must be a whole number from 1 to 64, found " + exponent,
					lineOf(expression));
		}
		return (int) exponent;
	}

	private static int lineOf(Expression expression) {
		return expression == null ? 0 : expression.getLine();
	}
}
