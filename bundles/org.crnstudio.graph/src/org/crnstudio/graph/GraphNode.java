package org.crnstudio.graph;

/**
 * A node of a reaction graph. {@code id} is unique in its graph; {@code role} is the species role literal
 * ("plain", "input", "hidden", ...) for species, "reaction" or "group" otherwise; {@code group} is the name of its
 * provenance group or null; {@code line} is the 1-based source line to reveal (the declaration's line for compiled
 * elements); {@code detail} is a one-line description (rate, provenance, member counts) for tooltips.
 */
public record GraphNode(String id, NodeKind kind, String label, String role, String group, int line, String detail) {
}
