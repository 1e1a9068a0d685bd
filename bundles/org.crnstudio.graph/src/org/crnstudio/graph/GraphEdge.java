package org.crnstudio.graph;

/**
 * A directed edge between two nodes of a reaction graph. {@code count} is the stoichiometric coefficient for
 * reactant and product edges, 1 for catalysts, and the number of member edges for aggregate edges.
 */
public record GraphEdge(String source, String target, EdgeKind kind, int count) {

	/** The label drawn on the edge: the coefficient when above 1 (aggregates: their count), else nothing. */
	public String label() {
		if (kind == EdgeKind.AGGREGATE) {
			return count + (count == 1 ? " edge" : " edges");
		}
		return count > 1 ? Integer.toString(count) : "";
	}
}
