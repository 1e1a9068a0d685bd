package org.crnstudio.ui.views.graph;

import java.util.List;
import java.util.Map;

import org.crnstudio.graph.DualRailPair;
import org.crnstudio.graph.EdgeKind;
import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.RolePalette;
import org.crnstudio.graph.layout.Bounds;
import org.crnstudio.graph.layout.EdgeRoute;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.graph.layout.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

/**
 * Draws a laid-out reaction graph with an SWT GC in layout coordinates (the caller sets the zoom/pan transform):
 * group boxes, dual-rail links, edges with arrow heads (catalysts dashed and blue), edge labels, species as
 * rounded boxes in their role's colour, reactions as small dark boxes. The same picture as the SVG export.
 */
final class GraphPainter {

	static final int PAPER = 0xFAFAFA;

	private final ColorCache colors;

	GraphPainter(ColorCache colors) {
		this.colors = colors;
	}

	void paint(GC gc, LaidOutGraph graph, String selectedId) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		for (Map.Entry<String, Bounds> group : graph.groupBounds().entrySet()) {
			paintGroup(gc, group.getKey(), group.getValue());
		}
		for (DualRailPair pair : graph.graph().dualRails()) {
			Bounds plus = graph.bounds(pair.plusId());
			Bounds minus = graph.bounds(pair.minusId());
			gc.setForeground(colors.get(RolePalette.DUAL_RAIL));
			gc.setLineStyle(SWT.LINE_DOT);
			gc.setLineWidth(1);
			gc.drawLine(round(plus.centerX()), round(plus.centerY()), round(minus.centerX()), round(minus.centerY()));
		}
		for (EdgeRoute route : graph.edges()) {
			paintEdge(gc, route);
		}
		for (GraphNode node : graph.graph().nodes()) {
			paintNode(gc, node, graph.bounds(node.id()), node.id().equals(selectedId));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void paintGroup(GC gc, String name, Bounds box) {
		gc.setBackground(colors.get(RolePalette.GROUP_BOX));
		gc.fillRoundRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()), 16, 16);
		gc.setForeground(colors.get(RolePalette.GROUP_BOX_LINE));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(1);
		gc.drawRoundRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()), 16, 16);
		gc.setLineStyle(SWT.LINE_SOLID);
		int textHeight = gc.getFontMetrics().getHeight();
		gc.drawText(name, round(box.x() + 4), round(box.y()) - textHeight, true);
	}

	private void paintEdge(GC gc, EdgeRoute route) {
		List<Point> points = route.points();
		if (points.size() < 2) {
			return;
		}
		boolean catalyst = route.edge().kind() == EdgeKind.CATALYST;
		int colour = catalyst ? RolePalette.CATALYST_EDGE : RolePalette.EDGE;
		gc.setForeground(colors.get(colour));
		gc.setBackground(colors.get(colour));
		gc.setLineStyle(catalyst ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.setLineWidth(route.edge().kind() == EdgeKind.AGGREGATE ? 2 : 1);
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = round(points.get(i).x());
			polyline[2 * i + 1] = round(points.get(i).y());
		}
		gc.drawPolyline(polyline);
		gc.setLineStyle(SWT.LINE_SOLID);
		paintArrowHead(gc, points.get(points.size() - 2), points.get(points.size() - 1));
		if (route.labelBounds() != null) {
			gc.setForeground(colors.get(RolePalette.INK));
			Bounds label = route.labelBounds();
			gc.drawText(route.edge().label(), round(label.x() + 2), round(label.y()), true);
		}
	}

	private static void paintArrowHead(GC gc, Point from, Point tip) {
		double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
		double length = 8;
		double spread = Math.toRadians(24);
		int[] head = { round(tip.x()), round(tip.y()),
				round(tip.x() - length * Math.cos(angle - spread)), round(tip.y() - length * Math.sin(angle - spread)),
				round(tip.x() - length * Math.cos(angle + spread)), round(tip.y() - length * Math.sin(angle + spread)) };
		gc.fillPolygon(head);
	}

	private void paintNode(GC gc, GraphNode node, Bounds b, boolean selected) {
		int x = round(b.x());
		int y = round(b.y());
		int w = round(b.width());
		int h = round(b.height());
		int arc = node.kind() == NodeKind.SPECIES ? h : node.kind() == NodeKind.GROUP ? 16 : 4;
		gc.setBackground(colors.get(RolePalette.fill(node.role())));
		gc.fillRoundRectangle(x, y, w, h, arc, arc);
		gc.setForeground(colors.get(selected ? RolePalette.DUAL_RAIL : RolePalette.INK));
		gc.setLineWidth(selected ? 3 : 1);
		gc.drawRoundRectangle(x, y, w, h, arc, arc);
		gc.setLineWidth(1);
		if (!node.label().isEmpty()) {
			gc.setForeground(colors.get(node.kind() == NodeKind.REACTION ? 0xFFFFFF : RolePalette.INK));
			org.eclipse.swt.graphics.Point extent = gc.textExtent(node.label());
			gc.drawText(node.label(), x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
		}
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}
}
