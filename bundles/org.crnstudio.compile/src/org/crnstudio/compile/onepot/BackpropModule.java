package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The backward products (seed 002, Tables 1 and 2; rate 1 scaled by {@code rate}, every product species decays at
 * the same rate, so its steady state is the product):
 * <ul>
 * <li>dL/dz_i = dL/dx_i * d_i: {@code LX± + D -> LX± + D + LZ±}, {@code LZ± -> 0}; for a sigmoid node, whose
 * derivative has two rails, the four signed products {@code LX± + D± -> .. + LZ(±·±)}; for a leaky ReLU node
 * (derivative slope + (1 - slope) d) {@code LX± ->slope LX± + LZ±} and {@code LX± + D ->(1-slope) .. + LZ±};</li>
 * <li>dL/dw_ij = dL/dz_i * x'_j: {@code LZ± + X'_j -> LZ± + X'_j + LW±}, {@code LW± -> 0};</li>
 * <li>dL/dx_j = sum_i dL/dz_i w_ij for a hidden node (signed times signed, four reactions per i):
 * {@code LZ+ + W+ -> .. + LX+}, {@code LZ- + W- -> .. + LX+}, {@code LZ+ + W- -> .. + LX-},
 * {@code LZ- + W+ -> .. + LX-}, and {@code LX± -> 0}.</li>
 * </ul>
 */
final class BackpropModule {

	static final String STAGE = "backward";

	private BackpropModule() {
	}

	static void add(ModuleContext context) {
		double rate = context.settings().rate();
		OnePotSpecies species = context.species();
		var layers = context.plan().layers();
		for (DenseLayerPlan layer : layers) {
			int l = layer.index();
			for (int i = 0; i < layer.units(); i++) {
				String node = layer.name() + "[" + i + "]";
				RailPair lx = species.nodeGradient(l, i);
				RailPair lz = species.preActivationGradient(l, i);
				if (l < layers.size() - 1) {
					hiddenNodeGradient(context, layers.get(l + 1), i, lx, node);
				}
				RailPair d = species.derivative(l, i);
				// a leaky ReLU's derivative is slope + (1 - slope) d, d that of its ReLU part
				double dRate = layer.leaky() ? (1 - layer.slope()) * rate : rate;
				for (int sign : new int[] { 1, -1 }) {
					if (layer.leaky() && layer.slope() > 0) {
						context.reaction(layer.slope() * rate, STAGE, ProvenanceKind.PRODUCT, layer.name(), i, -1,
								"dL/dz = dL/dx * slope of " + node).catalyst(lx.of(sign)).product(lz.of(sign));
					}
					for (int dSign : new int[] { 1, -1 }) {
						if (d.of(dSign) != null && dRate > 0) { // a one-rail derivative (smooth ReLU) has no minus rail
							context.reaction(dRate, STAGE, ProvenanceKind.PRODUCT, layer.name(), i, -1,
									"dL/dz = dL/dx * d of " + node).catalyst(lx.of(sign)).catalyst(d.of(dSign))
									.product(lz.of(sign * dSign));
						}
					}
				}
				for (int sign : new int[] { 1, -1 }) {
					decay(context, lz.of(sign), layer.name(), i, -1);
				}
				for (int j = 0; j < layer.fanIn(); j++) {
					RailPair lw = species.weightGradient(l, i, j);
					RailPair source = species.source(l, j);
					for (int sign : new int[] { 1, -1 }) {
						for (int sourceSign : RailPair.signsOf(source)) {
							context.reaction(rate, STAGE, ProvenanceKind.PRODUCT, layer.name(), i, j,
									"dL/dw = dL/dz * x' of " + node + " input " + j).catalyst(lz.of(sign))
									.catalyst(source.of(sourceSign)).product(lw.of(sign * sourceSign));
						}
					}
					for (int sign : new int[] { 1, -1 }) {
						decay(context, lw.of(sign), layer.name(), i, j);
					}
				}
			}
		}
	}

	/** dL/dx_j of hidden node j = sum over the next layer's units i of dL/dz_i * w_ij. */
	private static void hiddenNodeGradient(ModuleContext context, DenseLayerPlan next, int j, RailPair lx, String node) {
		OnePotSpecies species = context.species();
		double rate = context.settings().rate();
		for (int i = 0; i < next.units(); i++) {
			RailPair lz = species.preActivationGradient(next.index(), i);
			RailPair w = species.weight(next.index(), i, j);
			for (int lzSign : new int[] { 1, -1 }) {
				for (int wSign : new int[] { 1, -1 }) {
					context.reaction(rate, STAGE, ProvenanceKind.PRODUCT, next.name(), i, j,
							"dL/dx of " + node + " += dL/dz * w of " + next.name() + "[" + i + "]")
							.catalyst(lz.of(lzSign)).catalyst(w.of(wSign)).product(lx.of(lzSign * wSign));
				}
			}
		}
		String layer = node.substring(0, node.indexOf('['));
		for (int sign : new int[] { 1, -1 }) {
			decay(context, lx.of(sign), layer, j, -1);
		}
	}

	private static void decay(ModuleContext context, Species species, String layer, int unit, int source) {
		context.reaction(context.settings().rate(), STAGE, ProvenanceKind.PRODUCT, layer, unit, source,
				"decay of " + species.getName()).reactant(species);
	}
}
