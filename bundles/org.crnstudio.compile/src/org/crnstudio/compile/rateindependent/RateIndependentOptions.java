package org.crnstudio.compile.rateindependent;

import java.util.Set;

import org.crnstudio.compile.CompilationOptions;

/**
 * The options of {@code rate_independent(...)} with their defaults: {@code reduce = false}, {@code waste = false},
 * {@code binarize = false}, {@code rate = 1}. See docs/rate_independent.md.
 */
public record RateIndependentOptions(boolean reduce, boolean waste, boolean binarize, double rate) {

	public static final Set<String> NAMES = Set.of("reduce", "waste", "binarize", "rate");

	public static RateIndependentOptions read(CompilationOptions options) {
		options.requireKnown(NAMES);
		return new RateIndependentOptions(options.flag("reduce", false), options.flag("waste", false), options.flag("binarize", false),
				options.positive("rate", 1));
	}

	public static RateIndependentOptions defaults() {
		return new RateIndependentOptions(false, false, false, 1);
	}
}
