package org.crnstudio.graph.layout;

import java.util.List;

import org.crnstudio.graph.GraphEdge;

/** Where an edge runs: its points from source to target, and where its label (if any) goes. */
public record EdgeRoute(GraphEdge edge, List<Point> points, Bounds labelBounds) {

	public EdgeRoute {
		points = List.copyOf(points);
	}
}
