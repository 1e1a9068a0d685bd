package org.crnstudio.compile.neuralcrn;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which variables of a polynomial ODE provably stay non-negative, so that one species (a single rail) can hold
 * each. A variable qualifies when it starts non-negative and every term of its equation either contains the
 * variable itself (and so vanishes when it reaches 0) or has a positive coefficient and only non-negative
 * factors. The set is the largest one closed under that rule (start from every candidate, drop the ones that
 * fail, repeat): the non-negative orthant of those variables is then forward invariant.
 */
public final class PositivityAnalysis {

	private PositivityAnalysis() {
	}

	/**
	 * @param equations  variable to right-hand side, for the candidates
	 * @param initial    initial values of the candidates
	 * @param nonNegative variables known to be non-negative already (declared positive inputs and parameters)
	 * @return the candidates that provably stay non-negative
	 */
	public static Set<String> nonNegative(Map<String, Polynomial> equations, Map<String, Double> initial,
			Set<String> nonNegative) {
		Set<String> candidates = new LinkedHashSet<>();
		equations.keySet().forEach(variable -> {
			if (initial.getOrDefault(variable, 0.0) >= 0) {
				candidates.add(variable);
			}
		});
		boolean changed = true;
		while (changed) {
			changed = candidates.removeIf(variable -> !keepsSign(variable, equations.get(variable), candidates, nonNegative));
		}
		return candidates;
	}

	private static boolean keepsSign(String variable, Polynomial rhs, Set<String> candidates, Set<String> known) {
		for (var term : rhs.terms().entrySet()) {
			Monomial monomial = term.getKey();
			if (monomial.exponent(variable) > 0) {
				continue;
			}
			boolean factorsNonNegative = monomial.exponents().keySet().stream()
					.allMatch(factor -> candidates.contains(factor) || known.contains(factor));
			if (term.getValue() < 0 || !factorsNonNegative) {
				return false;
			}
		}
		return true;
	}
}
