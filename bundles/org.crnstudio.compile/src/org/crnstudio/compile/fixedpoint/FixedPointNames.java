package org.crnstudio.compile.fixedpoint;

/**
 * Species names of the fixed-point construction (docs/fixed_point.md). Units and sources are 1-based in names,
 * like the rows and columns of the weight matrix a user reads; provenance keeps them 0-based.
 */
final class FixedPointNames {

	private FixedPointNames() {
	}

	/** Input {@code d1} -> {@code D1}. */
	static String input(String input) {
		return Character.toUpperCase(input.charAt(0)) + input.substring(1);
	}

	/** Unit 0 of layer {@code hidden} -> {@code hidden_1}. */
	static String node(String layer, int unit) {
		return layer + "_" + (unit + 1);
	}

	/** Weight from source 2 into unit 0 of layer {@code out}, plus rail -> {@code W_out_1_3_p}. */
	static String weight(String layer, int unit, int source, boolean plus) {
		return "W_" + layer + "_" + (unit + 1) + "_" + (source + 1) + rail(plus);
	}

	static String bias(String layer, int unit, boolean plus) {
		return "B_" + layer + "_" + (unit + 1) + rail(plus);
	}

	static String sharedH() {
		return "H";
	}

	static String layerH(String layer) {
		return "H_" + layer;
	}

	static String nodeH(String layer, int unit) {
		return "H_" + layer + "_" + (unit + 1);
	}

	private static String rail(boolean plus) {
		return plus ? "_p" : "_n";
	}
}
