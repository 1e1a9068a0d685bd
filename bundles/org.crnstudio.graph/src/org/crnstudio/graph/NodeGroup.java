package org.crnstudio.graph;

import java.util.List;

/**
 * The nodes that come from one layer or stage of a compiled network. {@code order} is the group's position in
 * the data flow (order of first appearance among the species: inputs first, then the layers in order).
 */
public record NodeGroup(String name, int order, List<String> nodeIds) {

	public NodeGroup {
		nodeIds = List.copyOf(nodeIds);
	}
}
