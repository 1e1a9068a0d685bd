package org.crnstudio.ui.views.graph;

import java.util.Optional;
import java.util.function.Consumer;

import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.RolePalette;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The drawing surface of the Reaction Graph view: paints a laid-out graph, zooms with the mouse wheel (around the
 * pointer), pans by dragging, selects a node with a click (reported to the selection listener) and shows a node's
 * details as its tooltip.
 */
final class GraphCanvas {

	private static final double WHEEL_ZOOM = 1.15;

	private final Canvas canvas;
	private final ColorCache colors;
	private final GraphPainter painter;
	private final ViewTransform transform = new ViewTransform();
	private LaidOutGraph graph;
	/** What is shown while there is no graph (a layout under way), or null. */
	private String pending;
	private String selectedId;
	private Consumer<GraphNode> selectionListener = node -> { };
	private int dragX;
	private int dragY;
	private boolean dragging;
	private boolean dragged;
	/** Until the user zooms or pans, the graph is kept fitted to the view as it resizes. */
	private boolean userMoved;

	GraphCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		colors = new ColorCache(canvas.getDisplay());
		painter = new GraphPainter(colors);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, e.x, e.y));
		canvas.addListener(SWT.MouseDown, e -> {
			dragging = e.button == 1;
			dragged = false;
			dragX = e.x;
			dragY = e.y;
		});
		canvas.addListener(SWT.MouseMove, this::mouseMoved);
		canvas.addListener(SWT.MouseUp, e -> {
			if (dragging && !dragged) {
				nodeAt(e.x, e.y).ifPresent(this::select);
			}
			dragging = false;
		});
		canvas.addListener(SWT.Resize, e -> {
			if (graph != null && !userMoved) {
				fit();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	void setSelectionListener(Consumer<GraphNode> listener) {
		this.selectionListener = listener;
	}

	/** Shows a new graph, fitted to the view. */
	void setGraph(LaidOutGraph laidOut) {
		this.graph = laidOut;
		this.pending = null;
		this.selectedId = null;
		this.userMoved = false;
		fit();
	}

	/**
	 * Shows no graph but a line saying what is coming (a graph of another file or network is being laid out), so
	 * that the previous graph is not taken for the current one.
	 */
	void showPending(String message) {
		this.graph = null;
		this.selectedId = null;
		this.pending = message;
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	LaidOutGraph graph() {
		return graph;
	}

	/** The line shown instead of a graph, or null. */
	String pending() {
		return pending;
	}

	String selectedId() {
		return selectedId;
	}

	double scale() {
		return transform.scale();
	}

	void fit() {
		userMoved = false;
		if (graph != null) {
			Rectangle area = canvas.getClientArea();
			transform.fit(graph.width(), graph.height(), area.width, area.height);
		}
		canvas.redraw();
	}

	void zoom(double factor, int screenX, int screenY) {
		userMoved = true;
		transform.zoomAt(factor, screenX, screenY);
		canvas.redraw();
	}

	/** Selects a node as a click does: highlights it and tells the selection listener. */
	void select(GraphNode node) {
		selectedId = node.id();
		canvas.redraw();
		selectionListener.accept(node);
	}

	Optional<GraphNode> nodeAt(int screenX, int screenY) {
		if (graph == null) {
			return Optional.empty();
		}
		return graph.nodeAt(transform.toModelX(screenX), transform.toModelY(screenY));
	}

	/** The node's centre in canvas pixels (tests click there). */
	org.eclipse.swt.graphics.Point screenCenter(String nodeId) {
		var bounds = graph.bounds(nodeId);
		return new org.eclipse.swt.graphics.Point(
				(int) Math.round(bounds.centerX() * transform.scale() + transform.offsetX()),
				(int) Math.round(bounds.centerY() * transform.scale() + transform.offsetY()));
	}

	/** Paints the whole graph at 1:1 on a GC of an image of the graph's size (PNG export). */
	void paintUnscaled(GC gc) {
		gc.setBackground(colors.get(GraphPainter.PAPER));
		gc.fillRectangle(0, 0, (int) Math.ceil(graph.width()), (int) Math.ceil(graph.height()));
		gc.setFont(canvas.getFont());
		painter.paint(gc, graph, null);
	}

	private void mouseMoved(Event e) {
		if (dragging) {
			int dx = e.x - dragX;
			int dy = e.y - dragY;
			if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
				dragged = true;
				userMoved = true;
				transform.pan(dx, dy);
				dragX = e.x;
				dragY = e.y;
				canvas.redraw();
			}
			return;
		}
		String tip = nodeAt(e.x, e.y).map(GraphNode::detail).orElse(null);
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(colors.get(GraphPainter.PAPER));
		gc.fillRectangle(area);
		if (graph == null) {
			if (pending != null) {
				gc.setForeground(colors.get(RolePalette.INK));
				var extent = gc.textExtent(pending);
				gc.drawText(pending, Math.max(4, (area.width - extent.x) / 2), Math.max(4, (area.height - extent.y) / 2), true);
			}
			return;
		}
		Transform t = new Transform(canvas.getDisplay());
		try {
			t.translate((float) transform.offsetX(), (float) transform.offsetY());
			t.scale((float) transform.scale(), (float) transform.scale());
			gc.setTransform(t);
			painter.paint(gc, graph, selectedId);
			gc.setTransform(null);
		} finally {
			t.dispose();
		}
	}
}
