package org.crnstudio.lang.build;

import java.util.Map;

import org.crnstudio.lang.ast.Binary;
import org.crnstudio.lang.ast.Expression;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Negation;
import org.crnstudio.lang.ast.NumberLiteral;
import org.crnstudio.lang.ast.SymbolRef;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NegatedExpression;
import org.crnstudio.model.Symbol;
import org.crnstudio.model.SymbolReference;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns an AST expression into a model expression. Names resolve through the map of AST symbols to the model
 * symbols built for them; a name that did not resolve becomes a SymbolReference without symbol (the file has an
 * error then).
 */
final class ExpressionTranslator {

	private final CrnFactory factory = CrnFactory.eINSTANCE;
	private final Map<EObject, EObject> symbols;

	ExpressionTranslator(Map<EObject, EObject> symbols) {
		this.symbols = symbols;
	}

	org.crnstudio.model.Expression translate(Expression expression) {
		if (expression == null) {
			return null;
		}
		org.crnstudio.model.Expression result = switch (expression) {
			case NumberLiteral number -> {
				org.crnstudio.model.NumberLiteral literal = factory.createNumberLiteral();
				literal.setValue(number.getValue());
				yield literal;
			}
			case SymbolRef ref -> {
				SymbolReference reference = factory.createSymbolReference();
				if (symbols.get(ref.getSymbol()) instanceof Symbol symbol) {
					reference.setSymbol(symbol);
				}
				yield reference;
			}
			case Negation negation -> {
				NegatedExpression negated = factory.createNegatedExpression();
				negated.setOperand(translate(negation.getOperand()));
				yield negated;
			}
			case Binary binary -> {
				BinaryExpression node = factory.createBinaryExpression();
				node.setOperator(operator(binary.getOperator()));
				node.setLeft(translate(binary.getLeft()));
				node.setRight(translate(binary.getRight()));
				yield node;
			}
			case FunctionCall call -> {
				org.crnstudio.model.FunctionCall node = factory.createFunctionCall();
				node.setFunction(call.getFunction());
				call.getArguments().forEach(argument -> node.getArguments().add(translate(argument)));
				yield node;
			}
			default -> throw new IllegalArgumentException("Unknown expression " + expression.eClass().getName());
		};
		result.setLine(SourceLines.lineOf(expression));
		return result;
	}

	private static BinaryOperator operator(String symbol) {
		return switch (symbol) {
			case "+" -> BinaryOperator.ADD;
			case "-" -> BinaryOperator.SUBTRACT;
			case "*" -> BinaryOperator.MULTIPLY;
			case "/" -> BinaryOperator.DIVIDE;
			case "^" -> BinaryOperator.POWER;
			default -> throw new IllegalArgumentException("Unknown operator " + symbol);
		};
	}
}
