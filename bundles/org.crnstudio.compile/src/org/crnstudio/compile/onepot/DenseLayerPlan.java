package org.crnstudio.compile.onepot;

/**
 * One dense layer as the one-pot CRN sees it: weights (units x fan-in, given or initialised), biases, the
 * smoothing parameter h of its smooth ReLU (0 for relu and for a sigmoid layer), and whether it is a clocked
 * sigmoid layer (seed 002 appendix C; see {@link SigmoidModule}).
 *
 * @param index   0-based position among the layers
 * @param sigmoid true for a sigmoid layer: computed in its own clock phase {@link #phase()}, not as a fixed point
 */
public record DenseLayerPlan(String name, int index, int units, int fanIn, double[][] weights, double[] bias, double h,
		int line, boolean sigmoid) {

	/** Prefix of the clock phase of a sigmoid layer: {@code F_<layer>}. */
	public static final String PHASE_PREFIX = "F_";

	/** The clock phase in which this sigmoid layer's nodes evolve. */
	public String phase() {
		return PHASE_PREFIX + name;
	}
}
