package org.crnstudio.compile.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of a compiled network's output observables: a one-unit output layer {@code y} gives {@code y}, an
 * N-unit layer {@code out} gives {@code out1} .. {@code outN} (1-based), as {@code crn simulate} prints them.
 */
public final class OutputNames {

	private OutputNames() {
	}

	public static List<String> of(DenseLayer outputLayer) {
		List<String> names = new ArrayList<>();
		if (outputLayer.units() == 1) {
			names.add(outputLayer.name());
		} else {
			for (int unit = 0; unit < outputLayer.units(); unit++) {
				names.add(outputLayer.name() + (unit + 1));
			}
		}
		return names;
	}
}
