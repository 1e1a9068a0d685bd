package org.crnstudio.lang.validation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Equation;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.OutputDef;
import org.crnstudio.lang.ast.StateDecl;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** ode models: polynomial right-hand sides (degree above 2 warns), one equation per state. */
public class OdeChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void equationIsPolynomial(Equation equation) {
		String state = equation.getState() == null || equation.getState().eIsProxy() ? "?" : equation.getState().getName();
		Optional<PolynomialDegree.Degree> degree = PolynomialDegree.of(equation.getExpression());
		if (degree.isEmpty()) {
			error(state + "' must be a polynomial in the states, inputs and parameters (+, -, *, ^ with a whole "
					+ "exponent, division by a number only)", equation, AST.getEquation_Expression(),
					CrnIssueCodes.NOT_POLYNOMIAL, state);
		} else if (degree.get().value() > 2) {
			int value = degree.get().value();
			warning(state + "' has a monomial of degree " + value + " (in " + degree.get().termText()
					+ "): it needs trimolecular (or larger) reactions; degree 2 or less compiles to bimolecular ones",
					equation, AST.getEquation_Expression(), CrnIssueCodes.HIGH_DEGREE_MONOMIAL, state,
					Integer.toString(value));
		}
	}

	@Check
	public void outputIsPolynomial(OutputDef output) {
		if (PolynomialDegree.of(output.getExpression()).isEmpty()) {
			error("output " + output.getName() + " must be a polynomial in the states, inputs and parameters", output,
					AST.getOutputDef_Expression(), CrnIssueCodes.NOT_POLYNOMIAL, output.getName());
		}
	}

	@Check
	public void oneEquationPerState(OdeDef ode) {
		Set<StateDecl> seen = new HashSet<>();
		for (Equation equation : Members.equations(ode)) {
			StateDecl state = equation.getState();
			if (state != null && !state.eIsProxy() && !seen.add(state)) {
				error("State " + state.getName() + " of ode " + ode.getName() + " has a second equation; keep one",
						equation, AST.getEquation_State(), CrnIssueCodes.DUPLICATE_EQUATION, ode.getName(), state.getName());
			}
		}
		for (StateDecl state : Members.states(ode)) {
			if (!seen.contains(state)) {
				error("State " + state.getName() + " of ode " + ode.getName() + " has no equation; add "
						+ state.getName() + "' = ...", state, AST.getSymbol_Name(), CrnIssueCodes.MISSING_EQUATION,
						ode.getName(), state.getName());
			}
		}
	}
}
