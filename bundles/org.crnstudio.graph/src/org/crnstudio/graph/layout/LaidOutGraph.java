package org.crnstudio.graph.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.ReactionGraph;

/**
 * A reaction graph with coordinates: the bounds of every node, the route of every edge, the box of every group
 * (empty when the graph is collapsed: its nodes are the groups), and the size of the whole drawing.
 */
public record LaidOutGraph(ReactionGraph graph, Map<String, Bounds> nodeBounds, List<EdgeRoute> edges,
		Map<String, Bounds> groupBounds, double width, double height) {

	public LaidOutGraph {
		nodeBounds = Map.copyOf(nodeBounds);
		edges = List.copyOf(edges);
		groupBounds = Map.copyOf(groupBounds);
	}

	public Bounds bounds(String nodeId) {
		Bounds bounds = nodeBounds.get(nodeId);
		if (bounds == null) {
			throw new IllegalArgumentException("no node " + nodeId + " in the graph of " + graph.networkName());
		}
		return bounds;
	}

	/** The topmost node under a point (nodes never overlap, so there is at most one). */
	public Optional<GraphNode> nodeAt(double x, double y) {
		return graph.nodes().stream().filter(n -> nodeBounds.get(n.id()).contains(x, y)).findFirst();
	}
}
