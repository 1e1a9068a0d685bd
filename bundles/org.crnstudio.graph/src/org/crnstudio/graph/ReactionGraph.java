package org.crnstudio.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bipartite graph of a reaction network: species and reaction nodes, reactant/product/catalyst edges,
 * provenance groups and dual-rail pairs. When {@link #collapsed()} it shows one node per group instead (large
 * networks), with aggregate edges. Immutable.
 */
public final class ReactionGraph {

	private final String networkName;
	private final Map<String, GraphNode> nodes;
	private final List<GraphEdge> edges;
	private final List<NodeGroup> groups;
	private final List<DualRailPair> dualRails;
	private final boolean collapsed;
	private final int speciesCount;
	private final int reactionCount;

	ReactionGraph(String networkName, List<GraphNode> nodes, List<GraphEdge> edges, List<NodeGroup> groups,
			List<DualRailPair> dualRails, boolean collapsed, int speciesCount, int reactionCount) {
		this.networkName = networkName;
		Map<String, GraphNode> byId = new LinkedHashMap<>();
		for (GraphNode node : nodes) {
			if (byId.put(node.id(), node) != null) {
				throw new IllegalArgumentException("two nodes with id " + node.id());
			}
		}
		this.nodes = byId;
		this.edges = List.copyOf(edges);
		this.groups = List.copyOf(groups);
		this.dualRails = List.copyOf(dualRails);
		this.collapsed = collapsed;
		this.speciesCount = speciesCount;
		this.reactionCount = reactionCount;
	}

	public String networkName() {
		return networkName;
	}

	/** Nodes in a stable order: species in declaration order, then reactions (or groups when collapsed). */
	public List<GraphNode> nodes() {
		return List.copyOf(nodes.values());
	}

	public Optional<GraphNode> node(String id) {
		return Optional.ofNullable(nodes.get(id));
	}

	public List<GraphEdge> edges() {
		return edges;
	}

	public List<NodeGroup> groups() {
		return groups;
	}

	public List<DualRailPair> dualRails() {
		return dualRails;
	}

	/** Whether the graph shows groups instead of the individual species and reactions. */
	public boolean collapsed() {
		return collapsed;
	}

	/** Species of the network (also when collapsed). */
	public int speciesCount() {
		return speciesCount;
	}

	/** Reactions of the network (also when collapsed). */
	public int reactionCount() {
		return reactionCount;
	}

	public long count(NodeKind kind) {
		return nodes.values().stream().filter(n -> n.kind() == kind).count();
	}

	public long count(EdgeKind kind) {
		return edges.stream().filter(e -> e.kind() == kind).count();
	}
}
