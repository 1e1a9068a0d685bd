package org.crnstudio.graph;

/** How an edge connects a species and a reaction. */
public enum EdgeKind {
	/** species -> reaction: the species is consumed. */
	REACTANT,
	/** reaction -> species: the species is produced. */
	PRODUCT,
	/** species -> reaction: the species is on both sides with the same coefficient, so it is not changed. */
	CATALYST,
	/** group -> group in a collapsed graph: stands for {@code count} edges between their members. */
	AGGREGATE
}
