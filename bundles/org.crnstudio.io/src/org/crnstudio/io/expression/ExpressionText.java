package org.crnstudio.io.expression;

import java.util.stream.Collectors;

import org.crnstudio.io.NumberText;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.SymbolReference;

/** An expression as infix text with only the parentheses precedence needs, e.g. {@code Y_p - Y_n}. */
public final class ExpressionText {

    private ExpressionText() {
    }

    public static String of(Expression expression) {
        return text(expression, 0);
    }

    /** Binding strength: + - 1, * / 2, unary minus 3, ^ 4, atoms 5. */
    private static String text(Expression expression, int context) {
        if (expression instanceof NumberLiteral number) {
            return NumberText.of(number.getValue());
        }
        if (expression instanceof SymbolReference reference) {
            return reference.getSymbol() == null ? "?" : reference.getSymbol().getName();
        }
        if (expression instanceof FunctionCall call) {
            return call.getFunction() + call.getArguments().stream().map(argument -> text(argument, 0))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (expression instanceof NegatedExpression negated) {
            return wrap("-" + text(negated.getOperand(), 3), 3, context);
        }
        if (expression instanceof BinaryExpression binary && binary.getOperator() != null) {
            return switch (binary.getOperator()) {
                case ADD -> wrap(text(binary.getLeft(), 1) + " + " + text(binary.getRight(), 2), 1, context);
                case SUBTRACT -> wrap(text(binary.getLeft(), 1) + " - " + text(binary.getRight(), 2), 1, context);
                case MULTIPLY -> wrap(text(binary.getLeft(), 2) + " * " + text(binary.getRight(), 3), 2, context);
                case DIVIDE -> wrap(text(binary.getLeft(), 2) + " / " + text(binary.getRight(), 3), 2, context);
                case POWER -> wrap(text(binary.getLeft(), 5) + "^" + text(binary.getRight(), 4), 4, context);
            };
        }
        return "?";
    }

    private static String wrap(String text, int strength, int context) {
        return strength < context ? "(" + text + ")" : text;
    }
}
