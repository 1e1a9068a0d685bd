package org.crnstudio.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses a full reaction graph to one node per group. Elements without a group are gathered in an "other"
 * group, so a large hand-written network collapses to one summary node rather than thousands. Edges between
 * members of two different groups become one aggregate edge per ordered pair of groups, counting them.
 */
final class GraphCollapser {

	static final String UNGROUPED = "other";

	private GraphCollapser() {
	}

	static ReactionGraph collapse(ReactionGraph full) {
		Map<String, String> groupOf = new HashMap<>();
		Map<String, int[]> counts = new LinkedHashMap<>(); // group -> {species, reactions}
		Map<String, Integer> firstLine = new HashMap<>();
		for (GraphNode node : full.nodes()) {
			String group = node.group() == null ? UNGROUPED : node.group();
			groupOf.put(node.id(), group);
			int[] count = counts.computeIfAbsent(group, g -> new int[2]);
			count[node.kind() == NodeKind.SPECIES ? 0 : 1]++;
			firstLine.merge(group, node.line(), Math::min);
		}
		List<GraphNode> nodes = new ArrayList<>();
		List<NodeGroup> groups = new ArrayList<>();
		for (Map.Entry<String, int[]> group : counts.entrySet()) {
			String id = "group:" + group.getKey();
			int[] count = group.getValue();
			String detail = group.getKey() + ": " + count[0] + " species, " + count[1] + " reactions";
			nodes.add(new GraphNode(id, NodeKind.GROUP, group.getKey() + " (" + count[0] + " species, " + count[1]
					+ " reactions)", "group", group.getKey(), firstLine.get(group.getKey()), detail));
			groups.add(new NodeGroup(group.getKey(), groups.size(), List.of(id)));
		}
		Map<String, Integer> aggregated = new LinkedHashMap<>();
		for (GraphEdge edge : full.edges()) {
			String from = groupOf.get(edge.source());
			String to = groupOf.get(edge.target());
			if (!from.equals(to)) {
				aggregated.merge("group:" + from + "\u0000group:" + to, 1, Integer::sum);
			}
		}
		List<GraphEdge> edges = new ArrayList<>();
		aggregated.forEach((key, count) -> {
			String[] ends = key.split("\u0000");
			edges.add(new GraphEdge(ends[0], ends[1], EdgeKind.AGGREGATE, count));
		});
		return new ReactionGraph(full.networkName(), nodes, edges, groups, List.of(), true, full.speciesCount(),
				full.reactionCount());
	}
}
