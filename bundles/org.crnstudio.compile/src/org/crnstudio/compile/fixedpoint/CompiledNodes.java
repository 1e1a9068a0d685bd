package org.crnstudio.compile.fixedpoint;

import java.util.List;

import org.crnstudio.model.Species;

/**
 * The species of a compiled fixed-point network that hold the network's values: one per input and one per node,
 * {@code nodes.get(layer)[unit]} (0-based), for constructions that build on the forward CRN.
 */
public record CompiledNodes(List<Species> inputs, List<Species[]> nodes) {

	public Species node(int layer, int unit) {
		return nodes.get(layer)[unit];
	}

	public Species[] outputs() {
		return nodes.get(nodes.size() - 1);
	}
}
