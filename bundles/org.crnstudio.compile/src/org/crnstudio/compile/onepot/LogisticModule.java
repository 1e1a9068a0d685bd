package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The forward pass of sigmoid and tanh layers (seed 002 appendix C), which no mass-action fixed point computes
 * (neither function is algebraic), as a clocked module:
 * <ul>
 * <li>pre-activation, always on: {@code B± -> B± + Z±}, {@code X'_j± + W± -> X'_j± + W± + Z(sign product)},
 * {@code Z± -> 0}, so z+ - z- settles at z = b + sum_j w_j x'_j;</li>
 * <li>logistic growth, only in the layer's phase {@code F_<layer>}: {@code Z+ + U -> Z+ + 2U},
 * {@code Z+ + 2U -> Z+ + U}, {@code Z- + U -> Z-}, {@code Z- + 2U -> Z- + 3U} at rate c * rate, i.e.
 * du/dt = c rate z u (1 - u). From u = 1/2 and a constant z, u after a window of 1/rate is exactly sigmoid(c z)
 * (the logistic equation's solution). Sigmoid: c = 1 and U is the node. Tanh: c = 2, and the node's value
 * tanh z = 2 sigmoid(2z) - 1 = 2u - 1 is held on two rails by an always-on linear module
 * {@code U ->2 U + X+}, {@code X+ -> 0}, {@code 0 -> X-}, {@code X- -> 0} (x+ = 2u, x- = 1). This is [4]'s
 * tanh' = 1 - tanh^2 in the variable u: d(2u - 1)/ds = z (1 - (2u - 1)^2).</li>
 * </ul>
 * Outside its phase the node is constant, so later layers and the backward modules read a held value.
 */
final class LogisticModule {

	private LogisticModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		PreActivationModule.forEachNode(context, DenseLayerPlan::clocked, (layer, i, z, node) -> {
			int l = layer.index();
			double growth = layer.tanh() ? 2 * rate : rate;
			Species u = species.node(l, i);
			String phase = layer.phase();
			context.reaction(growth, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "+z+ u of " + node)
					.catalyst(z.plus()).reactant(u).product(u, 2).phase(phase);
			context.reaction(growth, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-z+ u^2 of " + node)
					.catalyst(z.plus()).reactant(u, 2).product(u).phase(phase);
			context.reaction(growth, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-z- u of " + node)
					.catalyst(z.minus()).reactant(u).phase(phase);
			context.reaction(growth, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "+z- u^2 of " + node)
					.catalyst(z.minus()).reactant(u, 2).product(u, 3).phase(phase);
			if (layer.tanh()) {
				tanhValue(context, layer, i, u, species.value(l, i), node);
			}
		});
	}

	/** x+ = 2u, x- = 1 at the fixed point: x = 2u - 1 = tanh z after the window. */
	private static void tanhValue(ModuleContext context, DenseLayerPlan layer, int i, Species u, RailPair x, String node) {
		double rate = context.settings().rate();
		context.reaction(2 * rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "2u into tanh of " + node)
				.catalyst(u).product(x.plus());
		context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-1 into tanh of " + node)
				.product(x.minus());
		for (int sign : new int[] { 1, -1 }) {
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
					"decay of " + x.of(sign).getName()).reactant(x.of(sign));
		}
	}
}
