package org.crnstudio.compile.onepot;

import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;

/**
 * The derivative of the smooth ReLU at each node, sigma'(z) = x^2 / (x^2 + h) (seed 002, eq. 10):
 * {@code 2X ->k1 2X + D}, {@code D + S ->k2 S}, {@code S ->k3 0}, {@code 2X ->k4 2X + S}, {@code H ->k5 H + S}.
 * At steady state s = (k4 x^2 + k5 h) / k3 and d = k1 x^2 / (k2 s), which is x^2/(x^2+h) when
 * k5 k2 / k3 = k4 k2 / k3 = k1; here k1 = k2 = division_rate * rate (divided by leaky_h for the ReLU part of a
 * leaky ReLU node) and k3 = k4 = k5 = rate. A sigmoid node's
 * derivative x - x^2 (seed 002 appendix C) is a two-rail linear module instead.
 */
final class DerivativeModule {

	static final String STAGE = "derivative";
	/**
	 * The stage of a leaky ReLU node's derivative: seed 002 computes that derivative with a characteristic function
	 * outside the chemistry, so it is not part of the backward CRN its noise acts on.
	 */
	static final String LEAKY_STAGE = "leaky derivative";

	private DerivativeModule() {
	}

	static void add(ModuleContext context) {
		OnePotSettings settings = context.settings();
		OnePotSpecies species = context.species();
		for (DenseLayerPlan layer : context.plan().layers()) {
			int l = layer.index();
			if (layer.clocked()) {
				addLogistic(context, layer);
				continue;
			}
			// D relaxes at k2 (x^2 + h): for a leaky ReLU's ReLU part (x ~ h / |z| below 0, h tiny) k2 = k1 is
			// divided by h so that D still falls to ~0 within about 1 / (division_rate rate) time units
			double k1 = layer.leaky() ? settings.k1() / layer.h() : settings.k1();
			String stage = layer.leaky() ? LEAKY_STAGE : STAGE;
			for (int i = 0; i < layer.units(); i++) {
				Species x = species.node(l, i);
				Species d = species.derivative(l, i).plus();
				Species s = species.denominator(l, i);
				String node = layer.name() + "[" + i + "]";
				context.reaction(k1, stage, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "k1: x^2 into D of " + node)
						.reactant(x, 2).product(x, 2).product(d);
				context.reaction(k1, stage, ProvenanceKind.DERIVATIVE, layer.name(), i, -1,
						"k2: D divided by S of " + node).reactant(d).catalyst(s);
				context.reaction(settings.k3(), stage, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "k3: decay of S of " + node)
						.reactant(s);
				context.reaction(settings.k3(), stage, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "k4: x^2 into S of " + node)
						.reactant(x, 2).product(x, 2).product(s);
				context.reaction(settings.k3(), stage, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "k5: h into S of " + node)
						.catalyst(species.smoothing(layer)).product(s);
			}
		}
	}

	/**
	 * sigmoid' = x - x^2 on two rails (appendix C): {@code X -> X + D+}, {@code 2X -> 2X + D-}, {@code D± -> 0}.
	 * tanh' = 1 - x^2 = 4u - 4u^2 for x = 2u - 1: the same reactions on the logistic state U at rate 4.
	 */
	private static void addLogistic(ModuleContext context, DenseLayerPlan layer) {
		double rate = context.settings().k3();
		OnePotSpecies species = context.species();
		for (int i = 0; i < layer.units(); i++) {
			Species x = species.node(layer.index(), i);
			RailPair d = species.derivative(layer.index(), i);
			String node = layer.name() + "[" + i + "]";
			double scale = layer.tanh() ? 4 : 1;
			context.reaction(scale * rate, STAGE, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "x into D+ of " + node)
					.catalyst(x).product(d.plus());
			context.reaction(scale * rate, STAGE, ProvenanceKind.DERIVATIVE, layer.name(), i, -1, "x^2 into D- of " + node)
					.reactant(x, 2).product(x, 2).product(d.minus());
			for (int sign : new int[] { 1, -1 }) {
				context.reaction(rate, STAGE, ProvenanceKind.DERIVATIVE, layer.name(), i, -1,
						"decay of " + d.of(sign).getName()).reactant(d.of(sign));
			}
		}
	}
}
