package org.crnstudio.compile.fixedpoint;

import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;

/**
 * The options of {@code fixed_point(...)} with their defaults: {@code rails = offset}, {@code margin = 1},
 * {@code shared_h = true}, {@code rate = 1}. See docs/fixed_point.md.
 */
public record FixedPointOptions(RailSplit rails, double margin, boolean sharedH, double rate) {

	public static final Set<String> NAMES = Set.of("rails", "margin", "shared_h", "rate");

	public static FixedPointOptions read(CompilationOptions options) {
		options.requireKnown(NAMES);
		RailSplit rails = RailSplit.of(options.word("rails", "offset", Set.of("offset", "exact")));
		double margin = options.has("margin") ? options.positive("margin", 1) : 1;
		if (rails == RailSplit.EXACT && options.has("margin")) {
			throw new CompilationException("option 'margin' of fixed_point applies to rails = offset only (drop it, or use rails = offset)",
					options.line());
		}
		return new FixedPointOptions(rails, margin, options.flag("shared_h", true), options.positive("rate", 1));
	}

	public static FixedPointOptions defaults() {
		return new FixedPointOptions(RailSplit.OFFSET, 1, true, 1);
	}
}
