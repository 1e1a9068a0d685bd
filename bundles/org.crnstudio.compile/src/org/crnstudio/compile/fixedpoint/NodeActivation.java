package org.crnstudio.compile.fixedpoint;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.model.ActivationKind;

/**
 * The two numbers a fixed-point node needs from its layer's activation: the smoothing h (concentration of H) and
 * the degree q of the decay {@code qX -> X}. smooth_relu(h) is q = 2; poly_relu(h, q) needs an integer q >= 2.
 */
public record NodeActivation(double h, int q) {

	public static NodeActivation of(DenseLayer layer, String network) {
		String where = "layer " + layer.name() + " of " + network;
		ActivationKind kind = layer.kind();
		if (kind != ActivationKind.SMOOTH_RELU && kind != ActivationKind.POLY_RELU) {
			throw new CompilationException(where + " uses " + kind.getLiteral()
					+ "; fixed_point computes smooth_relu(h = ...) or poly_relu(h = ..., q = ...) on every layer, the output layer"
					+ " included (relu is smooth_relu(h = 0))", layer.line());
		}
		double h = layer.activation().getH();
		if (!(h >= 0) || Double.isInfinite(h)) {
			throw new CompilationException(where + " has h = " + h + "; fixed_point needs h >= 0 (h = 1 is the usual choice)", layer.line());
		}
		if (kind == ActivationKind.SMOOTH_RELU) {
			return new NodeActivation(h, 2);
		}
		double q = layer.activation().getQ();
		if (!(q >= 2) || q != Math.rint(q) || q > 1000) {
			throw new CompilationException(where + " has q = " + q + "; poly_relu needs an integer q >= 2 (qX -> X is a reaction of"
					+ " q molecules)", layer.line());
		}
		return new NodeActivation(h, (int) q);
	}
}
