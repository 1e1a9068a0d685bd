package org.crnstudio.lang.validation;

import java.util.Optional;

import org.crnstudio.lang.ast.Binary;
import org.crnstudio.lang.ast.Expression;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Negation;
import org.crnstudio.lang.ast.NumberLiteral;
import org.crnstudio.lang.ast.SymbolRef;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The highest monomial degree of a polynomial expression over the names of an ode (states, inputs and parameters
 * all count: in a Neural CRN each is a species), with the smallest part of the expression that reaches it, or
 * empty when the expression is not a polynomial. The one degree check of the language: the validator's warning on
 * terms above degree 2 (neural_crn compiles a term of degree q to a q-molecular reaction) uses it.
 */
final class PolynomialDegree {

	/** The degree and the sub-expression of that degree (a sum's highest side; a product or power as a whole). */
	record Degree(int value, Expression term) {

		/** The term as written in the source, e.g. {@code z^3}. */
		String termText() {
			var node = NodeModelUtils.findActualNodeFor(term);
			return node == null ? "?" : NodeModelUtils.getTokenText(node);
		}
	}

	private PolynomialDegree() {
	}

	static Optional<Degree> of(Expression expression) {
		return switch (expression) {
			case null -> Optional.empty();
			case NumberLiteral number -> Optional.of(new Degree(0, number));
			case SymbolRef ref -> Optional.of(new Degree(1, ref));
			case Negation negation -> of(negation.getOperand());
			case FunctionCall call -> numeric(call) ? Optional.of(new Degree(0, call)) : Optional.empty();
			case Binary binary -> binary(binary);
			default -> Optional.empty();
		};
	}

	private static Optional<Degree> binary(Binary binary) {
		Optional<Degree> left = of(binary.getLeft());
		if (left.isEmpty()) {
			return left;
		}
		switch (binary.getOperator()) {
			case "+", "-" -> {
				return of(binary.getRight()).map(right -> right.value() > left.get().value() ? right : left.get());
			}
			case "*" -> {
				return of(binary.getRight()).map(right -> new Degree(left.get().value() + right.value(), binary));
			}
			case "/" -> {
				return numeric(binary.getRight()) ? Optional.of(new Degree(left.get().value(), binary)) : Optional.empty();
			}
			case "^" -> {
				if (!numeric(binary.getRight())) {
					return Optional.empty();
				}
				double exponent = ConstantValue.of(binary.getRight()).orElse(Double.NaN);
				boolean natural = exponent >= 0 && exponent == Math.rint(exponent) && exponent < 1000;
				return natural ? Optional.of(new Degree(left.get().value() * (int) exponent, binary)) : Optional.empty();
			}
			default -> {
				return Optional.empty();
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
