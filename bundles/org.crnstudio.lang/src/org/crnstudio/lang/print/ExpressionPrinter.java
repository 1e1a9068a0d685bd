package org.crnstudio.lang.print;

import java.util.function.Function;

import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.SymbolReference;

/**
 * Prints model expressions in the language's syntax with the fewest parentheses that keep the tree: + - (left
 * associative) below * / below unary minus below ^ (right operand unary, left operand primary).
 */
public final class ExpressionPrinter {

	private static final int SUM = 1;
	private static final int PRODUCT = 2;
	private static final int UNARY = 3;
	private static final int POWER = 4;
	private static final int PRIMARY = 5;

	private final Function<String, String> names;

	/** @param names prints a name (escaping keywords) */
	public ExpressionPrinter(Function<String, String> names) {
		this.names = names;
	}

	public String print(Expression expression) {
		StringBuilder out = new StringBuilder();
		print(expression, out);
		return out.toString();
	}

	private void print(Expression expression, StringBuilder out) {
		switch (expression) {
			case null -> throw new IllegalArgumentException("An expression is missing");
			case NumberLiteral number -> out.append(number(number.getValue()));
			case SymbolReference ref -> {
				if (ref.getSymbol() == null || ref.getSymbol().getName() == null) {
					throw new IllegalArgumentException("A name in an expression does not resolve (line " + ref.getLine() + ")");
				}
				out.append(names.apply(ref.getSymbol().getName()));
			}
			case NegatedExpression negated -> {
				out.append('-');
				operand(negated.getOperand(), UNARY, out);
			}
			case FunctionCall call -> {
				out.append(call.getFunction()).append('(');
				for (int i = 0; i < call.getArguments().size(); i++) {
					out.append(i == 0 ? "" : ", ");
					print(call.getArguments().get(i), out);
				}
				out.append(')');
			}
			case BinaryExpression binary -> {
				int level = precedence(binary);
				switch (binary.getOperator()) {
					case POWER -> {
						operand(binary.getLeft(), PRIMARY, out);
						out.append('^');
						operand(binary.getRight(), UNARY, out);
					}
					default -> {
						operand(binary.getLeft(), level, out);
						out.append(switch (binary.getOperator()) {
							case ADD -> " + ";
							case SUBTRACT -> " - ";
							case MULTIPLY -> " * ";
							default -> " / ";
						});
						operand(binary.getRight(), level + 1, out);
					}
				}
			}
			default -> throw new IllegalArgumentException("Cannot print expression " + expression.eClass().getName());
		}
	}

	/** Prints an operand, in parentheses when it binds less tightly than its position needs. */
	private void operand(Expression expression, int needed, StringBuilder out) {
		if (precedence(expression) < needed) {
			out.append('(');
			print(expression, out);
			out.append(')');
		} else {
			print(expression, out);
		}
	}

	private static int precedence(Expression expression) {
		return switch (expression) {
			case BinaryExpression b -> switch (b.getOperator()) {
				case ADD, SUBTRACT -> SUM;
				case MULTIPLY, DIVIDE -> PRODUCT;
				case POWER -> POWER;
			};
			case NegatedExpression n -> UNARY;
			// a negative literal prints with a leading minus, so it parses back as a negation
			case NumberLiteral n -> negative(n.getValue()) ? UNARY : PRIMARY;
			default -> PRIMARY;
		};
	}

	/** A finite number as text that parses back to exactly the same double. */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("The language has no literal for " + value);
		}
		return Double.toString(value);
	}

	private static boolean negative(double value) {
		return value < 0 || (value == 0 && 1 / value < 0);
	}
}
