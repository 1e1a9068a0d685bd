package org.crnstudio.compile.fixedpoint;

import static org.crnstudio.compile.fixedpoint.FixedPointCompiler.provenance;

import java.util.List;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.nn.DenseLayer;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;

/**
 * Writes the reactions of one node X (Table 1 of seed 001, set union over its c edges): {@code H -> H + X}; per
 * input X' the weight pair {@code X' + W+ + X -> X' + W+ + 2X}, {@code X' + W- + X -> X' + W-}; the bias pair
 * {@code B+ + X -> B+ + 2X}, {@code B- + X -> B-}; the decay {@code qX -> X}. That is 2c + 4 reactions when both
 * rails of every weight and bias are present.
 */
final class NodeWriter {

	private final NetworkBuilder builder;
	private final FixedPointOptions options;
	private final String network;
	private final int line;

	NodeWriter(NetworkBuilder builder, FixedPointOptions options, String network, int line) {
		this.builder = builder;
		this.options = options;
		this.network = network;
		this.line = line;
	}

	/** A new species; a name already taken (two source names mapping to one species name) is an error. */
	Species create(String name, double initial, SpeciesRole role, org.crnstudio.model.Provenance provenance) {
		if (builder.existing(name) != null) {
			throw new CompilationException("two elements of " + network + " compile to the species name " + name
					+ " (rename an input or a layer)", line);
		}
		return builder.species(name, initial, role, provenance);
	}

	Species createNode(DenseLayer layer, int unit, boolean output) {
		return create(FixedPointNames.node(layer.name(), unit), 0, output ? SpeciesRole.OUTPUT : SpeciesRole.HIDDEN,
				provenance(builder, ProvenanceKind.NODE, layer.name(), unit, -1, "node",
						"node " + layer.name() + "[" + unit + "]: its fixed point is the unit's activation"));
	}

	/** The H catalyst of concentration h, shared when the name was created before. */
	Species smoothing(String name, double h, String layer, int unit) {
		Species existing = builder.existing(name);
		if (existing != null && existing.getRole() == SpeciesRole.PARAMETER) {
			return existing;
		}
		return create(name, h, SpeciesRole.PARAMETER, provenance(builder, ProvenanceKind.ACTIVATION, layer, unit, -1, "smoothing",
				"smoothing h = " + h + " of the activation (catalyst)"));
	}

	void writeNode(DenseLayer layer, int unit, Species x, List<Species> inputs, Species h, int q) {
		String name = layer.name();
		double rate = options.rate();
		builder.reaction(rate, provenance(builder, ProvenanceKind.ACTIVATION, name, unit, -1, "smoothing", "H -> H + " + x.getName()
				+ ": + h in d" + x.getName() + "/dt")).catalyst(h).product(x);
		for (int source = 0; source < inputs.size(); source++) {
			double w = layer.weight(unit, source);
			Species input = inputs.get(source);
			String what = "weight " + name + "[" + unit + "][" + source + "] = " + w;
			Species plus = rail(FixedPointNames.weight(name, unit, source, true), options.rails().plus(w, options.margin()),
					SpeciesRole.WEIGHT, ProvenanceKind.WEIGHT, name, unit, source, what + ", positive rail");
			Species minus = rail(FixedPointNames.weight(name, unit, source, false), options.rails().minus(w, options.margin()),
					SpeciesRole.WEIGHT, ProvenanceKind.WEIGHT, name, unit, source, what + ", negative rail");
			if (plus != null) {
				builder.reaction(rate, provenance(builder, ProvenanceKind.WEIGHT, name, unit, source, "weights",
						"+ w+ " + input.getName() + " " + x.getName() + " (" + what + ")"))
						.catalyst(input).catalyst(plus).reactant(x).product(x, 2);
			}
			if (minus != null) {
				builder.reaction(rate, provenance(builder, ProvenanceKind.WEIGHT, name, unit, source, "weights",
						"- w- " + input.getName() + " " + x.getName() + " (" + what + ")"))
						.catalyst(input).catalyst(minus).reactant(x);
			}
		}
		double b = layer.bias()[unit];
		String what = "bias " + name + "[" + unit + "] = " + b;
		Species plus = rail(FixedPointNames.bias(name, unit, true), options.rails().plus(b, options.margin()), SpeciesRole.BIAS,
				ProvenanceKind.BIAS, name, unit, -1, what + ", positive rail");
		Species minus = rail(FixedPointNames.bias(name, unit, false), options.rails().minus(b, options.margin()), SpeciesRole.BIAS,
				ProvenanceKind.BIAS, name, unit, -1, what + ", negative rail");
		if (plus != null) {
			builder.reaction(rate, provenance(builder, ProvenanceKind.BIAS, name, unit, -1, "bias", "+ b+ " + x.getName() + " (" + what + ")"))
					.catalyst(plus).reactant(x).product(x, 2);
		}
		if (minus != null) {
			builder.reaction(rate, provenance(builder, ProvenanceKind.BIAS, name, unit, -1, "bias", "- b- " + x.getName() + " (" + what + ")"))
					.catalyst(minus).reactant(x);
		}
		builder.reaction(rate, provenance(builder, ProvenanceKind.ACTIVATION, name, unit, -1, "decay",
				q + x.getName() + " -> " + x.getName() + ": - " + (q - 1) + " x^" + q + " in d" + x.getName() + "/dt"))
				.reactant(x, q).product(x);
	}

	/** A catalytic rail of the given concentration, or null when the split leaves it at 0 (rails = exact). */
	private Species rail(String name, double value, SpeciesRole role, ProvenanceKind kind, String layer, int unit, int source,
			String description) {
		if (value == 0 && options.rails() == RailSplit.EXACT) {
			return null;
		}
		return create(name, value, role, provenance(builder, kind, layer, unit, source, role == SpeciesRole.WEIGHT ? "weights" : "bias",
				description + " (catalyst)"));
	}
}
