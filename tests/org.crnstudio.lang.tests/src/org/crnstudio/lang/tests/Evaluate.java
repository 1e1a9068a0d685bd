package org.crnstudio.lang.tests;

import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.SymbolReference;

/** An independent evaluator of model expressions over parameters (test oracle for rates). */
final class Evaluate {

	private Evaluate() {
	}

	static double constant(Expression e) {
		return switch (e) {
			case NumberLiteral n -> n.getValue();
			case SymbolReference r when r.getSymbol() instanceof Parameter p -> p.getValue();
			case NegatedExpression n -> -constant(n.getOperand());
			case BinaryExpression b -> switch (b.getOperator()) {
				case ADD -> constant(b.getLeft()) + constant(b.getRight());
				case SUBTRACT -> constant(b.getLeft()) - constant(b.getRight());
				case MULTIPLY -> constant(b.getLeft()) * constant(b.getRight());
				case DIVIDE -> constant(b.getLeft()) / constant(b.getRight());
				case POWER -> Math.pow(constant(b.getLeft()), constant(b.getRight()));
			};
			case FunctionCall f -> switch (f.getFunction()) {
				case "sqrt" -> Math.sqrt(constant(f.getArguments().get(0)));
				case "exp" -> Math.exp(constant(f.getArguments().get(0)));
				case "log" -> Math.log(constant(f.getArguments().get(0)));
				case "abs" -> Math.abs(constant(f.getArguments().get(0)));
				case "min" -> Math.min(constant(f.getArguments().get(0)), constant(f.getArguments().get(1)));
				case "max" -> Math.max(constant(f.getArguments().get(0)), constant(f.getArguments().get(1)));
				default -> throw new IllegalArgumentException(f.getFunction());
			};
			default -> throw new IllegalArgumentException("not constant: " + e);
		};
	}
}
