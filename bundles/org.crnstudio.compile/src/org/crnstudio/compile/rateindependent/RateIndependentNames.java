package org.crnstudio.compile.rateindependent;

/**
 * Species names of the rate-independent construction (docs/rate_independent.md); units 1-based in names. Rails
 * end in {@code _p} and {@code _n}.
 */
final class RateIndependentNames {

	private RateIndependentNames() {
	}

	/** Input {@code x1} -> {@code X1} (rails {@code X1_p}, {@code X1_n}). */
	static String input(String input) {
		return Character.toUpperCase(input.charAt(0)) + input.substring(1);
	}

	/** Pre-activation of unit 0 of ReLU layer {@code h} -> {@code I_h_1}. */
	static String preActivation(String layer, int unit) {
		return "I_" + layer + "_" + (unit + 1);
	}

	/** The ReLU module's intermediate of unit 0 of layer {@code h} -> {@code M_h_1}. */
	static String relu(String layer, int unit) {
		return "M_" + layer + "_" + (unit + 1);
	}

	/** Activation of unit 0 of layer {@code h} -> {@code h_1}. */
	static String activation(String layer, int unit) {
		return layer + "_" + (unit + 1);
	}

	static String waste() {
		return "Waste";
	}
}
