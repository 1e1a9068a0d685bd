package org.crnstudio.graph;

/** What a node of a reaction graph stands for. */
public enum NodeKind {
	/** A chemical species. */
	SPECIES,
	/** One reaction (a reversible reaction is one node). */
	REACTION,
	/** A whole group (layer or stage) shown as one box when the graph is collapsed. */
	GROUP
}
