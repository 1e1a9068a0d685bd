package org.crnstudio.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crnstudio.model.Compilation;
import org.crnstudio.model.Option;

/**
 * The options written in {@code construction(name = value, ...)}, read by name with documented defaults. Every
 * compiler declares the names it knows; any other name is an error listing the valid ones.
 */
public final class CompilationOptions {

	private final String construction;
	private final Map<String, Option> byName = new LinkedHashMap<>();
	private final int line;

	public CompilationOptions(String construction, List<Option> options, int line) {
		this.construction = construction;
		this.line = line;
		for (Option option : options) {
			byName.put(option.getName(), option);
		}
	}

	public static CompilationOptions of(Compilation compilation) {
		return new CompilationOptions(compilation.getConstruction().getLiteral(), compilation.getOptions(),
				compilation.getLine());
	}

	/** An empty option set, for compiling from code with every default. */
	public static CompilationOptions defaults(String construction) {
		return new CompilationOptions(construction, List.of(), 0);
	}

	/** Fails on an option the construction does not know, naming the valid ones. */
	public void requireKnown(Set<String> known) {
		for (Option option : byName.values()) {
			if (!known.contains(option.getName())) {
				throw new CompilationException("unknown option '" + option.getName() + "' of " + construction
						+ " (valid: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")",
						lineOf(option));
			}
		}
	}

	public boolean has(String name) {
		return byName.containsKey(name);
	}

	public double number(String name, double defaultValue) {
		Option option = byName.get(name);
		if (option == null) {
			return defaultValue;
		}
		if (option.getLiteral() != null && !isBoolean(option.getLiteral()) && !isNumber(option.getLiteral())) {
			throw new CompilationException("option '" + name + "' of " + construction + " must be a number, found '"
					+ option.getLiteral() + "'", lineOf(option));
		}
		return option.getValue();
	}

	/** A number that must be strictly positive (rates, learning rates, periods). */
	public double positive(String name, double defaultValue) {
		double value = number(name, defaultValue);
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new CompilationException("option '" + name + "' of " + construction + " must be a positive number, found "
					+ value, lineOf(byName.get(name)));
		}
		return value;
	}

	public boolean flag(String name, boolean defaultValue) {
		Option option = byName.get(name);
		if (option == null) {
			return defaultValue;
		}
		String literal = option.getLiteral();
		if (literal == null || literal.isEmpty()) {
			return option.getValue() != 0;
		}
		if (literal.equals("true") || literal.equals("false")) {
			return literal.equals("true");
		}
		if (isNumber(literal) && (option.getValue() == 0 || option.getValue() == 1)) {
			return option.getValue() == 1;
		}
		throw new CompilationException("option '" + name + "' of " + construction + " must be true or false, found '"
				+ literal + "'", lineOf(option));
	}

	/** A word option (e.g. {@code rails = offset}), one of {@code valid}. */
	public String word(String name, String defaultValue, Set<String> valid) {
		Option option = byName.get(name);
		if (option == null) {
			return defaultValue;
		}
		String literal = option.getLiteral();
		if (literal == null || !valid.contains(literal)) {
			throw new CompilationException("option '" + name + "' of " + construction + " must be one of "
					+ valid.stream().sorted().collect(Collectors.joining(", ")) + ", found '" + literal + "'",
					lineOf(option));
		}
		return literal;
	}

	public int line() {
		return line;
	}

	private int lineOf(Option option) {
		return option != null && option.getLine() > 0 ? option.getLine() : line;
	}

	private static boolean isBoolean(String literal) {
		return literal.equals("true") || literal.equals("false");
	}

	private static boolean isNumber(String literal) {
		try {
			Double.parseDouble(literal);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
