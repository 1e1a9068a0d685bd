package org.crnstudio.io.expression;

import java.util.List;
import java.util.function.ToIntFunction;

import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NamedElement;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Symbol;
import org.crnstudio.model.SymbolReference;

/**
 * Evaluates the model's arithmetic expressions: numbers, parameters, + - * / ^, unary minus and the built-in
 * functions sqrt, exp, log, abs, min, max. Parameters are constants (their declared values); any other symbol
 * (a species, an observable's operand) is read from a slot the caller assigns.
 */
public final class ExpressionEvaluator {

    /** The built-in functions, for messages. */
    public static final List<String> FUNCTIONS = List.of("sqrt", "exp", "log", "abs", "min", "max");

    private ExpressionEvaluator() {
    }

    /** The value of an expression over numbers and parameters only (e.g. a rate constant). */
    public static double constant(Expression expression) {
        return compile(expression, symbol -> -1, "only numbers and parameters are valid").valueAt(new double[0]);
    }

    /**
     * Compiles an expression whose non-parameter symbols are read from slots; slotOf returns a symbol's slot
     * index or -1 when the symbol may not appear here, in which case the error ends with validHint (e.g. "valid
     * are numbers, parameters and species").
     */
    public static CompiledExpression compile(Expression expression, ToIntFunction<Symbol> slotOf, String validHint) {
        if (expression == null) {
            throw new InvalidExpressionException("an expression is missing", 0);
        }
        if (expression instanceof NumberLiteral number) {
            double value = number.getValue();
            return slots -> value;
        }
        if (expression instanceof SymbolReference reference) {
            return reference(reference, slotOf, validHint);
        }
        if (expression instanceof NegatedExpression negated) {
            CompiledExpression operand = compile(negated.getOperand(), slotOf, validHint);
            return slots -> -operand.valueAt(slots);
        }
        if (expression instanceof BinaryExpression binary) {
            return binary(binary, slotOf, validHint);
        }
        if (expression instanceof FunctionCall call) {
            return function(call, slotOf, validHint);
        }
        throw new InvalidExpressionException(
                "cannot evaluate an expression of kind " + expression.eClass().getName(), expression.getLine());
    }

    private static CompiledExpression reference(SymbolReference reference, ToIntFunction<Symbol> slotOf,
            String validHint) {
        Symbol symbol = reference.getSymbol();
        if (symbol == null || symbol.eIsProxy()) {
            throw new InvalidExpressionException("an expression refers to an undeclared name", reference.getLine());
        }
        if (symbol instanceof Parameter parameter) {
            double value = parameter.getValue();
            return slots -> value;
        }
        int slot = slotOf.applyAsInt(symbol);
        if (slot < 0) {
            throw new InvalidExpressionException("'" + symbol.getName() + "' (" + kindOf(symbol)
                    + ") cannot be used here: " + validHint, reference.getLine());
        }
        return slots -> slots[slot];
    }

    private static CompiledExpression binary(BinaryExpression binary, ToIntFunction<Symbol> slotOf,
            String validHint) {
        CompiledExpression left = compile(binary.getLeft(), slotOf, validHint);
        CompiledExpression right = compile(binary.getRight(), slotOf, validHint);
        if (binary.getOperator() == null) {
            throw new InvalidExpressionException("a binary expression has no operator", binary.getLine());
        }
        return switch (binary.getOperator()) {
            case ADD -> slots -> left.valueAt(slots) + right.valueAt(slots);
            case SUBTRACT -> slots -> left.valueAt(slots) - right.valueAt(slots);
            case MULTIPLY -> slots -> left.valueAt(slots) * right.valueAt(slots);
            case DIVIDE -> slots -> left.valueAt(slots) / right.valueAt(slots);
            case POWER -> slots -> Math.pow(left.valueAt(slots), right.valueAt(slots));
        };
    }

    private static CompiledExpression function(FunctionCall call, ToIntFunction<Symbol> slotOf,
            String validHint) {
        String name = call.getFunction();
        CompiledExpression[] arguments = call.getArguments().stream()
                .map(argument -> compile(argument, slotOf, validHint))
                .toArray(CompiledExpression[]::new);
        if (name == null || !FUNCTIONS.contains(name)) {
            throw new InvalidExpressionException("unknown function '" + name + "'; valid functions are "
                    + String.join(", ", FUNCTIONS), call.getLine());
        }
        boolean variadic = name.equals("min") || name.equals("max");
        if (variadic ? arguments.length < 2 : arguments.length != 1) {
            throw new InvalidExpressionException(name + " takes " + (variadic ? "two or more arguments" : "one argument")
                    + ", not " + arguments.length, call.getLine());
        }
        CompiledExpression first = arguments[0];
        return switch (name) {
            case "sqrt" -> slots -> Math.sqrt(first.valueAt(slots));
            case "exp" -> slots -> Math.exp(first.valueAt(slots));
            case "log" -> slots -> Math.log(first.valueAt(slots));
            case "abs" -> slots -> Math.abs(first.valueAt(slots));
            case "min" -> slots -> {
                double least = first.valueAt(slots);
                for (int i = 1; i < arguments.length; i++) {
                    least = Math.min(least, arguments[i].valueAt(slots));
                }
                return least;
            };
            default -> slots -> {
                double greatest = first.valueAt(slots);
                for (int i = 1; i < arguments.length; i++) {
                    greatest = Math.max(greatest, arguments[i].valueAt(slots));
                }
                return greatest;
            };
        };
    }

    private static String kindOf(NamedElement symbol) {
        String kind = symbol.eClass().getName();
        return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
    }
}
