package org.crnstudio.graph;

/** Two species that together carry one signed value: {@code value = plus - minus}. */
public record DualRailPair(String name, String plusId, String minusId) {
}
