package org.crnstudio.graph.svg;

import java.util.List;
import java.util.Locale;

import org.crnstudio.graph.DualRailPair;
import org.crnstudio.graph.EdgeKind;
import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.RolePalette;
import org.crnstudio.graph.layout.Bounds;
import org.crnstudio.graph.layout.EdgeRoute;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.graph.layout.Point;

/**
 * Draws a laid-out reaction graph as a standalone SVG document: group boxes, edges with arrow heads (catalysts
 * dashed), edge labels, rounded species nodes in role colours, small reaction nodes, dual-rail links.
 */
public final class GraphSvgWriter {

	public String write(LaidOutGraph laidOut) {
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
						+ " font-family=\"sans-serif\" font-size=\"12\">%n",
				laidOut.width(), laidOut.height(), laidOut.width(), laidOut.height()));
		svg.append("<title>").append(escape(laidOut.graph().networkName())).append("</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
				+ " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"")
				.append(RolePalette.hex(RolePalette.EDGE)).append("\"/></marker></defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		laidOut.groupBounds().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(group -> {
			Bounds box = group.getValue();
			svg.append(String.format(Locale.ROOT,
					"<g class=\"group\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"%s\""
							+ " stroke=\"%s\" stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text></g>%n",
					box.x(), box.y(), box.width(), box.height(), RolePalette.hex(RolePalette.GROUP_BOX),
					RolePalette.hex(RolePalette.GROUP_BOX_LINE), box.x() + 4, box.y() - 3,
					RolePalette.hex(RolePalette.GROUP_BOX_LINE), escape(group.getKey())));
		});
		for (DualRailPair pair : laidOut.graph().dualRails()) {
			Bounds plus = laidOut.bounds(pair.plusId());
			Bounds minus = laidOut.bounds(pair.minusId());
			svg.append(String.format(Locale.ROOT,
					"<line class=\"dual-rail\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
							+ " stroke-dasharray=\"1 3\"/>%n",
					plus.centerX(), plus.centerY(), minus.centerX(), minus.centerY(), RolePalette.hex(RolePalette.DUAL_RAIL)));
		}
		for (EdgeRoute route : laidOut.edges()) {
			writeEdge(svg, route);
		}
		for (GraphNode node : laidOut.graph().nodes()) {
			writeNode(svg, node, laidOut.bounds(node.id()));
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void writeEdge(StringBuilder svg, EdgeRoute route) {
		List<Point> points = route.points();
		if (points.size() < 2) {
			return;
		}
		boolean catalyst = route.edge().kind() == EdgeKind.CATALYST;
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			path.append(i == 0 ? "M " : " L ").append(String.format(Locale.ROOT, "%.1f %.1f", points.get(i).x(), points.get(i).y()));
		}
		svg.append(String.format(Locale.ROOT, "<path class=\"edge %s\" d=\"%s\" fill=\"none\" stroke=\"%s\"%s"
				+ " marker-end=\"url(#arrow)\"/>%n", route.edge().kind().name().toLowerCase(Locale.ROOT), path,
				RolePalette.hex(catalyst ? RolePalette.CATALYST_EDGE : RolePalette.EDGE),
				catalyst ? " stroke-dasharray=\"5 3\"" : ""));
		if (route.labelBounds() != null) {
			Bounds label = route.labelBounds();
			svg.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n",
					label.x() + 2, label.bottom() - 3, RolePalette.hex(RolePalette.INK), escape(route.edge().label())));
		}
	}

	private static void writeNode(StringBuilder svg, GraphNode node, Bounds b) {
		String fill = RolePalette.hex(RolePalette.fill(node.role()));
		String ink = RolePalette.hex(RolePalette.INK);
		double radius = node.kind() == NodeKind.SPECIES ? b.height() / 2 : node.kind() == NodeKind.GROUP ? 8 : 2;
		svg.append(String.format(Locale.ROOT,
				"<g class=\"node %s\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
						+ " rx=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>",
				node.kind().name().toLowerCase(Locale.ROOT), escape(node.detail()), b.x(), b.y(), b.width(), b.height(),
				radius, fill, ink));
		if (!node.label().isEmpty()) {
			String textColour = node.kind() == NodeKind.REACTION ? "#ffffff" : ink;
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
					+ " dominant-baseline=\"central\" fill=\"%s\">%s</text>", b.centerX(), b.centerY(), textColour,
					escape(node.label())));
		}
		svg.append("</g>\n");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
