package org.crnstudio.lang.options;

/**
 * One option a construction, method or activation accepts: its name, default (as written in the language), and
 * what it means. {@code kind} says what a value may be.
 */
public record OptionSpec(String name, Kind kind, String defaultValue, String meaning) {

	/** What a value may be. */
	public enum Kind {
		/** Any finite number. */
		NUMBER,
		/** A number greater than 0. */
		POSITIVE,
		/** A number of at least 0. */
		NON_NEGATIVE,
		/** A whole number of at least 1. */
		COUNT,
		/** true or false; written alone (e.g. {@code stiff}) it means true. */
		FLAG,
		/** A word (the meaning lists the accepted ones). */
		WORD
	}
}
