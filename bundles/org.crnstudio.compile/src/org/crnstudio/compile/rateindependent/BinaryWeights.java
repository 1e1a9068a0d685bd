package org.crnstudio.compile.rateindependent;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.nn.DenseLayer;

/**
 * The signs of a layer's weights. Without binarize every weight must already be +1 or -1; with binarize a weight
 * w >= 0 becomes +1 and w < 0 becomes -1 (BinaryConnect's deterministic sign, so an exact 0 becomes +1).
 */
final class BinaryWeights {

	private BinaryWeights() {
	}

	/** {@code signs[unit][source]} in {+1, -1}. */
	static int[][] of(DenseLayer layer, String network, boolean binarize) {
		int[][] signs = new int[layer.units()][layer.fanIn()];
		for (int unit = 0; unit < layer.units(); unit++) {
			for (int source = 0; source < layer.fanIn(); source++) {
				double w = layer.weight(unit, source);
				if (!binarize && w != 1 && w != -1) {
					throw new CompilationException("layer " + layer.name() + " of " + network + " has weight " + w + " in row " + (unit + 1)
							+ ", column " + (source + 1) + "; rate_independent needs weights +1 or -1 (or binarize = true, which maps"
							+ " w >= 0 to +1 and w < 0 to -1)", layer.line());
				}
				signs[unit][source] = w >= 0 ? 1 : -1;
			}
		}
		return signs;
	}
}
