package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.binary;
import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.crnstudio.sim.tests.NetworkBuilder.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.io.expression.ExpressionText;
import org.crnstudio.io.expression.InvalidExpressionException;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.FunctionCall;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationPlan;
import org.junit.jupiter.api.Test;

/** Rate and observable expressions: values by hand, text, and the errors for names that do not belong. */
class ExpressionEvaluatorTest {

    @Test
    void operatorsAndFunctionsHaveTheirUsualValues() {
        NetworkBuilder builder = crn("E").parameter("k", 4);
        // -(k ^ 0.5) + sqrt(16) * exp(log(3)) / abs(-2) + min(5, 1, 7) - max(2, 9) = -2 + 4 * 3 / 2 + 1 - 9 = -4
        Expression expression = binary(binary(binary(negate(binary(builder.ref("k"), BinaryOperator.POWER,
                number(0.5))), BinaryOperator.ADD, binary(binary(call("sqrt", number(16)), BinaryOperator.MULTIPLY,
                        call("exp", call("log", number(3)))), BinaryOperator.DIVIDE, call("abs", number(-2)))),
                BinaryOperator.ADD, call("min", number(5), number(1), number(7))), BinaryOperator.SUBTRACT,
                call("max", number(2), number(9)));
        assertEquals(-4.0, ExpressionEvaluator.constant(expression), 1e-12);
        assertEquals("-k^0.5 + sqrt(16) * exp(log(3)) / abs(-2) + min(5, 1, 7) - max(2, 9)",
                ExpressionText.of(expression));
        assertEquals("(1 + 2) * 3", ExpressionText.of(binary(binary(number(1), BinaryOperator.ADD, number(2)),
                BinaryOperator.MULTIPLY, number(3))));
    }

    @Test
    void unknownFunctionsAndWrongArityAreNamed() {
        InvalidExpressionException unknown = assertThrows(InvalidExpressionException.class,
                () -> ExpressionEvaluator.constant(call("sin", number(1))));
        assertTrue(unknown.getMessage().contains("'sin'") && unknown.getMessage().contains("sqrt, exp, log, abs, min, max"),
                unknown.getMessage());
        InvalidExpressionException arity = assertThrows(InvalidExpressionException.class,
                () -> ExpressionEvaluator.constant(call("max", number(1))));
        assertTrue(arity.getMessage().contains("two or more"), arity.getMessage());
    }

    @Test
    void observableOverAnotherObservableIsReportedWithItsLine() {
        NetworkBuilder builder = crn("O").species("A", 1).reaction("A -> B", 1);
        builder.observable("y", builder.ref("A"));
        Expression refersToY = CrnFactory.eINSTANCE.createSymbolReference();
        ((org.crnstudio.model.SymbolReference) refersToY).setSymbol(builder.build().getObservables().get(0));
        builder.observable("z", refersToY);
        int line = builder.build().getObservables().get(1).getLine();
        SimulationException error = assertThrows(SimulationException.class,
                () -> new OdeSimulator().run(SimulationPlan.forNetwork(builder.build(), 1)));
        assertTrue(error.getMessage().contains("observable z") && error.getMessage().contains("'y' (observable)")
                && error.getMessage().contains("numbers, parameters and species"), error.getMessage());
        assertEquals(line, error.getLine());
    }

    private static Expression negate(Expression operand) {
        NegatedExpression negated = CrnFactory.eINSTANCE.createNegatedExpression();
        negated.setOperand(operand);
        return negated;
    }

    private static Expression call(String function, Expression... arguments) {
        FunctionCall call = CrnFactory.eINSTANCE.createFunctionCall();
        call.setFunction(function);
        call.getArguments().addAll(java.util.List.of(arguments));
        return call;
    }
}
