package org.crnstudio.graph.layout;

/** A point in layout units. */
public record Point(double x, double y) {
}
