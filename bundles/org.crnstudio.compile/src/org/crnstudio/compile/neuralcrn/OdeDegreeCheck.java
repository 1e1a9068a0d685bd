package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.model.OdeModel;
import org.crnstudio.model.RateEquation;

/**
 * Finds the terms of an {@code ode} model's equations whose degree exceeds what bimolecular chemistry can
 * realise: neural_crn still compiles them (a term of degree q becomes a q-molecular reaction), the validator warns.
 */
public final class OdeDegreeCheck {

	/** One term above the degree limit, with the equation it is in (for its line). */
	public record HighDegreeTerm(RateEquation equation, String term, int degree) {
	}

	private OdeDegreeCheck() {
	}

	/** The terms of degree above {@code maxDegree} (2 for bimolecular chemistry); non-polynomial equations are skipped. */
	public static List<HighDegreeTerm> termsAbove(OdeModel model, int maxDegree) {
		List<HighDegreeTerm> found = new ArrayList<>();
		for (RateEquation equation : model.getEquations()) {
			Polynomial rhs;
			try {
				rhs = new PolynomialExpander(symbol -> symbol.getName(), "equation").expand(equation.getExpression());
			} catch (RuntimeException notPolynomial) {
				continue;
			}
			rhs.terms().keySet().stream().filter(monomial -> monomial.degree() > maxDegree)
					.forEach(monomial -> found.add(new HighDegreeTerm(equation, monomial.toString(), monomial.degree())));
		}
		return found;
	}
}
