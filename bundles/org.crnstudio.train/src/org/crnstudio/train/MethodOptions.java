package org.crnstudio.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Option;

/**
 * The options of a training's {@code method name(...)}, by name, with the language's documented defaults
 * ({@link KnownOptions#TRAINING_METHODS}) for those not given. A value of the wrong kind is a
 * {@link TrainingException} naming the option's line.
 */
public final class MethodOptions {

	private final String method;
	private final Map<String, Option> given;
	private final List<OptionSpec> specs;
	private final int line;

	private MethodOptions(String method, Map<String, Option> given, List<OptionSpec> specs, int line) {
		this.method = method;
		this.given = given;
		this.specs = specs;
		this.line = line;
	}

	/** Reads a method call; refuses options outside {@code valid} with the list of valid ones. */
	public static MethodOptions of(MethodCall call, List<String> valid, int line) {
		Map<String, Option> given = new LinkedHashMap<>();
		for (Option option : call.getOptions()) {
			if (!valid.contains(option.getName())) {
				throw new TrainingException("training method " + call.getName() + " has no option '" + option.getName()
						+ "': valid options are " + (valid.isEmpty() ? "none" : String.join(", ", valid)),
						option.getLine() > 0 ? option.getLine() : line);
			}
			given.put(option.getName(), option);
		}
		List<OptionSpec> specs = KnownOptions.TRAINING_METHODS.getOrDefault(call.getName(), List.of());
		return new MethodOptions(call.getName(), given, specs, call.getLine() > 0 ? call.getLine() : line);
	}

	/** Options built in code (tests, the IDE): every value a number. */
	public static MethodOptions of(String method, Map<String, Double> values) {
		Map<String, Option> given = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			Option option = org.crnstudio.model.CrnFactory.eINSTANCE.createOption();
			option.setName(name);
			option.setValue(value);
			given.put(name, option);
		});
		return new MethodOptions(method, given, KnownOptions.TRAINING_METHODS.getOrDefault(method, List.of()), 0);
	}

	public String method() {
		return method;
	}

	public Set<String> givenNames() {
		return given.keySet();
	}

	public boolean isGiven(String name) {
		return given.containsKey(name);
	}

	/** The option's number, or its documented default. */
	public double number(String name) {
		Option option = given.get(name);
		if (option == null) {
			return KnownOptions.defaultNumber(specs, name);
		}
		if (option.getLiteral() != null && !option.getLiteral().isEmpty() && !isFlagLiteral(option.getLiteral())) {
			throw new TrainingException("option " + name + " of " + method + " needs a number, found '"
					+ option.getLiteral() + "'", lineOf(option));
		}
		return option.getValue();
	}

	/** The option's number, which must be positive. */
	public double positive(String name) {
		double value = number(name);
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new TrainingException("option " + name + " of " + method + " must be a positive number, found "
					+ value, lineOf(given.get(name)));
		}
		return value;
	}

	/** The option's number, which must be finite and not negative. */
	public double nonNegative(String name) {
		double value = number(name);
		if (!(value >= 0) || !Double.isFinite(value)) {
			throw new TrainingException("option " + name + " of " + method + " must be a number >= 0, found "
					+ value, lineOf(given.get(name)));
		}
		return value;
	}

	/** The option's whole number, at least 1. */
	public int count(String name) {
		double value = number(name);
		if (value < 1 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
			throw new TrainingException("option " + name + " of " + method + " must be a whole number of at least 1, found "
					+ value, lineOf(given.get(name)));
		}
		return (int) value;
	}

	/** A word option, one of {@link KnownOptions#WORDS} for its name, or its documented default. */
	public String word(String name) {
		Option option = given.get(name);
		if (option == null) {
			return KnownOptions.find(specs, name).map(OptionSpec::defaultValue).orElseThrow();
		}
		Set<String> valid = KnownOptions.WORDS.getOrDefault(name, Set.of());
		if (option.getLiteral() == null || !valid.contains(option.getLiteral())) {
			throw new TrainingException("option " + name + " of " + method + " must be one of "
					+ String.join(", ", new java.util.TreeSet<>(valid)) + ", found '"
					+ (option.getLiteral() != null ? option.getLiteral() : String.valueOf(option.getValue())) + "'",
					lineOf(option));
		}
		return option.getLiteral();
	}

	/** A flag: written alone or {@code = true} is on. */
	public boolean flag(String name) {
		return number(name) != 0;
	}

	/** The line of the option when it is given, else the method call's (for messages about a value). */
	public int line(String name) {
		return lineOf(given.get(name));
	}

	private static boolean isFlagLiteral(String literal) {
		return literal.equals("true") || literal.equals("false");
	}

	private int lineOf(Option option) {
		return option != null && option.getLine() > 0 ? option.getLine() : line;
	}
}
