package org.crnstudio.compile.neuralcrn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A polynomial as monomials with non-zero real coefficients, in the order they first appeared (so that the
 * compiled reactions follow the source). Immutable.
 */
public final class Polynomial {

	public static final Polynomial ZERO = new Polynomial(new LinkedHashMap<>());

	private final LinkedHashMap<Monomial, Double> terms;

	private Polynomial(LinkedHashMap<Monomial, Double> terms) {
		this.terms = terms;
	}

	public static Polynomial constant(double value) {
		return term(value, Monomial.ONE);
	}

	public static Polynomial variable(String name) {
		return term(1, Monomial.of(name));
	}

	public static Polynomial term(double coefficient, Monomial monomial) {
		LinkedHashMap<Monomial, Double> terms = new LinkedHashMap<>();
		if (coefficient != 0) {
			terms.put(monomial, coefficient);
		}
		return new Polynomial(terms);
	}

	/** Monomial to coefficient, none zero. */
	public Map<Monomial, Double> terms() {
		return Collections.unmodifiableMap(terms);
	}

	public boolean isZero() {
		return terms.isEmpty();
	}

	public Polynomial plus(Polynomial other) {
		LinkedHashMap<Monomial, Double> sum = new LinkedHashMap<>(terms);
		other.terms.forEach((monomial, coefficient) -> sum.merge(monomial, coefficient, Double::sum));
		sum.values().removeIf(coefficient -> coefficient == 0);
		return new Polynomial(sum);
	}

	public Polynomial times(double factor) {
		LinkedHashMap<Monomial, Double> scaled = new LinkedHashMap<>();
		if (factor != 0) {
			terms.forEach((monomial, coefficient) -> scaled.put(monomial, coefficient * factor));
		}
		return new Polynomial(scaled);
	}

	public Polynomial minus(Polynomial other) {
		return plus(other.times(-1));
	}

	public Polynomial times(Polynomial other) {
		Polynomial product = ZERO;
		for (var left : terms.entrySet()) {
			for (var right : other.terms.entrySet()) {
				product = product.plus(term(left.getValue() * right.getValue(), left.getKey().times(right.getKey())));
			}
		}
		return product;
	}

	public Polynomial power(int exponent) {
		Polynomial result = constant(1);
		for (int i = 0; i < exponent; i++) {
			result = result.times(this);
		}
		return result;
	}

	/** The partial derivative with respect to {@code variable}. */
	public Polynomial derivative(String variable) {
		Polynomial derivative = ZERO;
		for (var entry : terms.entrySet()) {
			int exponent = entry.getKey().exponent(variable);
			if (exponent > 0) {
				derivative = derivative.plus(term(entry.getValue() * exponent, entry.getKey().withoutOne(variable)));
			}
		}
		return derivative;
	}

	/** Replaces each variable by the polynomial {@code substitution} gives for it (null: keep it). */
	public Polynomial substitute(java.util.function.Function<String, Polynomial> substitution) {
		Polynomial result = ZERO;
		for (var entry : terms.entrySet()) {
			Polynomial product = constant(entry.getValue());
			for (var factor : entry.getKey().exponents().entrySet()) {
				Polynomial replacement = substitution.apply(factor.getKey());
				Polynomial base = replacement != null ? replacement : variable(factor.getKey());
				product = product.times(base.power(factor.getValue()));
			}
			result = result.plus(product);
		}
		return result;
	}

	public Set<String> variables() {
		Set<String> variables = new TreeSet<>();
		terms.keySet().forEach(monomial -> variables.addAll(monomial.exponents().keySet()));
		return variables;
	}

	/** Highest total degree of a monomial (0 for a constant or zero polynomial). */
	public int degree() {
		return terms.keySet().stream().mapToInt(Monomial::degree).max().orElse(0);
	}

	public double evaluate(ToDoubleFunction<String> values) {
		double sum = 0;
		for (var entry : terms.entrySet()) {
			double product = entry.getValue();
			for (var factor : entry.getKey().exponents().entrySet()) {
				product *= Math.pow(values.applyAsDouble(factor.getKey()), factor.getValue());
			}
			sum += product;
		}
		return sum;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Polynomial polynomial && polynomial.terms.equals(terms);
	}

	@Override
	public int hashCode() {
		return terms.hashCode();
	}

	@Override
	public String toString() {
		if (terms.isEmpty()) {
			return "0";
		}
		StringBuilder text = new StringBuilder();
		terms.forEach((monomial, coefficient) -> {
			text.append(text.isEmpty() ? (coefficient < 0 ? "-" : "") : (coefficient < 0 ? " - " : " + "));
			double magnitude = Math.abs(coefficient);
			if (monomial.degree() == 0) {
				text.append(format(magnitude));
			} else {
				if (magnitude != 1) {
					text.append(format(magnitude)).append(" * ");
				}
				text.append(monomial);
			}
		});
		return text.toString();
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
