package org.crnstudio.compile.onepot;

import org.crnstudio.model.ActivationKind;

/**
 * One dense layer as the one-pot CRN sees it: weights (units x fan-in, given or initialised), biases, the
 * smoothing parameter h of its smooth ReLU (0 for relu, sigmoid and tanh; the corner {@code leaky_h} of a leaky
 * ReLU), and its activation.
 *
 * @param index      0-based position among the layers
 * @param activation SMOOTH_RELU, RELU, LEAKY_RELU ({@link LeakyReluModule}), or SIGMOID / TANH: clocked layers
 *                   computed in their own phase {@link #phase()} (seed 002 appendix C; see {@link LogisticModule})
 * @param slope      the leaky ReLU's slope for negative inputs (0 for the other activations)
 */
public record DenseLayerPlan(String name, int index, int units, int fanIn, double[][] weights, double[] bias, double h,
		int line, ActivationKind activation, double slope) {

	/** Prefix of the clock phase of a clocked layer: {@code F_<layer>}. */
	public static final String PHASE_PREFIX = "F_";

	/** A sigmoid or tanh layer: no fixed point computes it, a clocked logistic module does. */
	public boolean clocked() {
		return activation == ActivationKind.SIGMOID || activation == ActivationKind.TANH;
	}

	/** A tanh layer: its value is signed, so its nodes have two rails. */
	public boolean tanh() {
		return activation == ActivationKind.TANH;
	}

	/** A leaky ReLU layer: slope z + (1 - slope) phi_h(z), signed, built by {@link LeakyReluModule}. */
	public boolean leaky() {
		return activation == ActivationKind.LEAKY_RELU;
	}

	/** A layer whose node values can be negative: tanh or leaky ReLU (two rails per node, and per target). */
	public boolean signed() {
		return tanh() || leaky();
	}

	/** A layer whose nodes read a dual-rail pre-activation z = b + sum w x': clocked and leaky ReLU layers. */
	public boolean hasPreActivation() {
		return clocked() || leaky();
	}

	/** The clock phase in which this clocked layer's nodes evolve. */
	public String phase() {
		return PHASE_PREFIX + name;
	}
}
