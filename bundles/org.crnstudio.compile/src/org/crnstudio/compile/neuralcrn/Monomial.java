package org.crnstudio.compile.neuralcrn;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A product of variables with positive integer exponents, e.g. {@code theta1 * x1} or {@code z^3}; the empty
 * monomial is the constant 1. Variables are names; equal monomials are equal whatever the order written.
 */
public final class Monomial {

	public static final Monomial ONE = new Monomial(new TreeMap<>());

	private final TreeMap<String, Integer> exponents;

	private Monomial(TreeMap<String, Integer> exponents) {
		this.exponents = exponents;
	}

	public static Monomial of(String variable) {
		TreeMap<String, Integer> exponents = new TreeMap<>();
		exponents.put(variable, 1);
		return new Monomial(exponents);
	}

	/** Variable name to exponent (all exponents at least 1). */
	public Map<String, Integer> exponents() {
		return Collections.unmodifiableMap(exponents);
	}

	public int exponent(String variable) {
		return exponents.getOrDefault(variable, 0);
	}

	/** Total degree: the molecularity of the reaction that realises it. */
	public int degree() {
		return exponents.values().stream().mapToInt(Integer::intValue).sum();
	}

	public Monomial times(Monomial other) {
		TreeMap<String, Integer> product = new TreeMap<>(exponents);
		other.exponents.forEach((variable, exponent) -> product.merge(variable, exponent, Integer::sum));
		return new Monomial(product);
	}

	/** This monomial with one power of {@code variable} removed (the caller multiplies by the old exponent). */
	public Monomial withoutOne(String variable) {
		TreeMap<String, Integer> reduced = new TreeMap<>(exponents);
		int exponent = reduced.getOrDefault(variable, 0);
		if (exponent <= 1) {
			reduced.remove(variable);
		} else {
			reduced.put(variable, exponent - 1);
		}
		return new Monomial(reduced);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Monomial monomial && monomial.exponents.equals(exponents);
	}

	@Override
	public int hashCode() {
		return exponents.hashCode();
	}

	@Override
	public String toString() {
		if (exponents.isEmpty()) {
			return "1";
		}
		return exponents.entrySet().stream()
				.map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + "^" + e.getValue())
				.collect(Collectors.joining(" * "));
	}
}
