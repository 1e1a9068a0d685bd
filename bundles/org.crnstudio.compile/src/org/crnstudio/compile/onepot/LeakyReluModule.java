package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The forward pass of a leaky ReLU layer, leaky(z) = z for z >= 0 and slope z below (seed 002 eq. 4 with
 * alpha = 1, beta = slope), written as slope z + (1 - slope) relu(z). The paper computes it with built-in
 * characteristic functions outside the chemistry; here it is mass action, per node (all at {@code rate}):
 * <ul>
 * <li>the pre-activation z on two rails ({@link PreActivationModule});</li>
 * <li>the ReLU part R as a fixed point with a small corner h = {@code leaky_h}: {@code H -> H + R},
 * {@code Z+ + R -> Z+ + 2R}, {@code Z- + R -> Z-}, {@code 2R -> R}: dr/dt = h + z r - r^2, so r = phi_h(z).
 * The corner keeps r off 0 for negative z (r ~ h/|z|), so a node recovers within a few time units when z turns
 * positive; a true ReLU (h = 0) decays to e^(-|z| T) in a period T and takes as long to come back;</li>
 * <li>the signed value on two rails, x+ = slope z+ + (1 - slope) r, x- = slope z-:
 * {@code Z+ ->slope Z+ + X+}, {@code R ->(1-slope) R + X+}, {@code Z- ->slope Z- + X-}, {@code X± -> 0}.</li>
 * </ul>
 * So the node computes f(z) = slope z + (1 - slope) phi_h(z), which differs from leaky(z) by at most
 * (1 - slope) sqrt(h) (at z = 0) and by about (1 - slope) h / |z| elsewhere. Its derivative
 * f'(z) = slope + (1 - slope) r^2/(r^2 + h) comes from the smooth-ReLU derivative module applied to R
 * ({@link DerivativeModule}) and enters dL/dz in {@link BackpropModule}: a step from slope to 1 over a width of
 * about sqrt(h) in z, the non-smooth derivative the paper's noise experiment compares with the smooth ReLU.
 */
final class LeakyReluModule {

	private LeakyReluModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		PreActivationModule.forEachNode(context, DenseLayerPlan::leaky, (layer, i, z, node) -> {
			int l = layer.index();
			Species r = species.node(l, i);
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "corner h into r of " + node)
					.catalyst(species.smoothing(layer)).product(r);
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "+z+ r of " + node)
					.catalyst(z.plus()).reactant(r).product(r, 2);
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-z- r of " + node)
					.catalyst(z.minus()).reactant(r);
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1, "-r^2 of " + node)
					.reactant(r, 2).product(r);
			value(context, layer, i, z, r, species.value(l, i), node);
		});
	}

	/** x+ = slope z+ + (1 - slope) r, x- = slope z- at the fixed point; a reaction whose rate would be 0 is left out. */
	private static void value(ModuleContext context, DenseLayerPlan layer, int i, RailPair z, Species r, RailPair x,
			String node) {
		double rate = context.settings().rate();
		double slope = layer.slope();
		if (slope > 0) {
			for (int sign : new int[] { 1, -1 }) {
				context.reaction(slope * rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
						"slope z" + (sign > 0 ? "+" : "-") + " into " + node).catalyst(z.of(sign)).product(x.of(sign));
			}
		}
		if (slope < 1) {
			context.reaction((1 - slope) * rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
					"(1 - slope) r into " + node).catalyst(r).product(x.plus());
		}
		for (int sign : new int[] { 1, -1 }) {
			context.reaction(rate, ForwardModule.STAGE, ProvenanceKind.NODE, layer.name(), i, -1,
					"decay of " + x.of(sign).getName()).reactant(x.of(sign));
		}
	}
}
