package org.crnstudio.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders provenance groups by data flow: a group comes after every group with an edge into it (inputs and
 * shared catalysts first, output layer last). Ties, and cycles, are broken by first appearance in the network.
 */
final class GroupOrder {

	private GroupOrder() {
	}

	/** @param members group name -> node ids, in order of first appearance */
	static List<String> of(Map<String, List<String>> members, List<GraphEdge> edges) {
		Map<String, String> groupOf = new HashMap<>();
		members.forEach((group, ids) -> ids.forEach(id -> groupOf.put(id, group)));
		Map<String, Set<String>> predecessors = new LinkedHashMap<>();
		for (String group : members.keySet()) {
			predecessors.put(group, new LinkedHashSet<>());
		}
		for (GraphEdge edge : edges) {
			String from = groupOf.get(edge.source());
			String to = groupOf.get(edge.target());
			if (from != null && to != null && !from.equals(to)) {
				predecessors.get(to).add(from);
			}
		}
		List<String> order = new ArrayList<>();
		List<String> remaining = new ArrayList<>(members.keySet());
		while (!remaining.isEmpty()) {
			String next = remaining.stream().filter(g -> order.containsAll(predecessors.get(g))).findFirst()
					.orElse(remaining.get(0)); // a cycle: take the earliest group of it
			order.add(next);
			remaining.remove(next);
		}
		return order;
	}
}
