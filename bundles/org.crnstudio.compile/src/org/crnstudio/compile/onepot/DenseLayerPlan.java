package org.crnstudio.compile.onepot;

/**
 * One dense layer as the one-pot CRN sees it: weights (units x fan-in, given or initialised), biases, and the
 * smoothing parameter h of its smooth ReLU (0 for relu).
 *
 * @param index 0-based position among the layers
 */
public record DenseLayerPlan(String name, int index, int units, int fanIn, double[][] weights, double[] bias, double h,
		int line) {
}
