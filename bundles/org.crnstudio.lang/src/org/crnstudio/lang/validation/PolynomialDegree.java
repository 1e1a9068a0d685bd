package org.crnstudio.lang.validation;

import java.util.OptionalInt;

import org.crnstudio.lang.ast.Binary;
import org.crnstudio.lang.ast.Expression;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Negation;
import org.crnstudio.lang.ast.NumberLiteral;
import org.crnstudio.lang.ast.SymbolRef;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The highest monomial degree of a polynomial expression over the names of an ode (states, inputs and parameters
 * all count: in a Neural CRN each is a species), or empty when the expression is not a polynomial.
 */
final class PolynomialDegree {

	private PolynomialDegree() {
	}

	static OptionalInt of(Expression expression) {
		return switch (expression) {
			case null -> OptionalInt.empty();
			case NumberLiteral number -> OptionalInt.of(0);
			case SymbolRef ref -> OptionalInt.of(1);
			case Negation negation -> of(negation.getOperand());
			case FunctionCall call -> numeric(call) ? OptionalInt.of(0) : OptionalInt.empty();
			case Binary binary -> binary(binary);
			default -> OptionalInt.empty();
		};
	}

	private static OptionalInt binary(Binary binary) {
		OptionalInt left = of(binary.getLeft());
		if (left.isEmpty()) {
			return left;
		}
		switch (binary.getOperator()) {
			case "+", "-" -> {
				OptionalInt right = of(binary.getRight());
				return right.isEmpty() ? right : OptionalInt.of(Math.max(left.getAsInt(), right.getAsInt()));
			}
			case "*" -> {
				OptionalInt right = of(binary.getRight());
				return right.isEmpty() ? right : OptionalInt.of(left.getAsInt() + right.getAsInt());
			}
			case "/" -> {
				return numeric(binary.getRight()) ? left : OptionalInt.empty();
			}
			case "^" -> {
				if (!numeric(binary.getRight())) {
					return OptionalInt.empty();
				}
				double exponent = ConstantValue.of(binary.getRight()).orElse(Double.NaN);
				boolean natural = exponent >= 0 && exponent == Math.rint(exponent) && exponent < 1000;
				return natural ? OptionalInt.of(left.getAsInt() * (int) exponent) : OptionalInt.empty();
			}
			default -> {
				return OptionalInt.empty();
			}
		}
	}

	/** Built from numbers only (no names at all). */
	private static boolean numeric(Expression expression) {
		return expression != null && !(expression instanceof SymbolRef)
				&& EcoreUtil2.getAllContentsOfType(expression, SymbolRef.class).isEmpty()
				&& ConstantValue.of(expression).isPresent();
	}
}
