package org.crnstudio.bench;

import java.util.List;

/** The measured part of a benchmark: run once per iteration, each run independent of the previous ones. */
public interface Operation {

	/** Does the work and returns what it built; the harness holds it while it measures retained memory. */
	Object run();

	/** How big the output is, in the units memory is divided by (reactions, product terms, steps...). */
	default List<OutputCount> sizeOf(Object result) {
		return List.of();
	}
}
