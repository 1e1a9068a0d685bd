package org.crnstudio.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.crnstudio.graph.GraphEdge;
import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeGroup;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.ReactionGraph;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a reaction graph out left to right with ELK's layered algorithm, headless. Groups become partitions, so
 * the layers of a compiled network come out in data-flow order (inputs left, outputs right). Runs in the caller's
 * thread: call it from a background job for large graphs.
 */
public final class ReactionGraphLayout {

	/** Padding around a group's members when its box is drawn. */
	public static final double GROUP_PADDING = 12;
	private static final double MARGIN = 24;
	private static final long LAYOUT_STACK_BYTES = 512L * 1024 * 1024;

	private final LabelMetrics metrics;

	public ReactionGraphLayout() {
		this(LabelMetrics.ESTIMATE);
	}

	public ReactionGraphLayout(LabelMetrics metrics) {
		this.metrics = metrics;
	}

	public LaidOutGraph layout(ReactionGraph graph) {
		return layout(graph, () -> false);
	}

	/**
	 * Lays the graph out, stopping early when {@code canceled} turns true (ELK asks between its phases): the
	 * caller then discards the result.
	 */
	public LaidOutGraph layout(ReactionGraph graph, BooleanSupplier canceled) {
		ElkMetaData.ensureRegistered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
		Map<String, Integer> partitions = partitions(graph);
		if (!graph.collapsed() && partitions.size() > 1) {
			root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
		}
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		for (GraphNode node : graph.nodes()) {
			ElkNode elk = ElkGraphUtil.createNode(root);
			double[] size = size(node);
			elk.setDimensions(size[0], size[1]);
			if (root.getProperty(LayeredOptions.PARTITIONING_ACTIVATE)) {
				elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, partitions.getOrDefault(node.group(), 0));
			}
			elkNodes.put(node.id(), elk);
		}
		Map<ElkEdge, GraphEdge> elkEdges = new LinkedHashMap<>();
		for (GraphEdge edge : graph.edges()) {
			ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target()));
			String label = edge.label();
			if (!label.isEmpty()) {
				ElkLabel elkLabel = ElkGraphUtil.createLabel(label, elk);
				elkLabel.setDimensions(metrics.width(label) + 4, metrics.height());
			}
			elkEdges.put(elk, edge);
		}
		BasicProgressMonitor monitor = new BasicProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return canceled.getAsBoolean();
			}
		};
		runWithLargeStack(() -> new RecursiveGraphLayoutEngine().layout(root, monitor));
		return result(graph, root, elkNodes, elkEdges);
	}

	/**
	 * ELK finds connected components by recursive depth-first search: a chain of a few thousand nodes overflows a
	 * default thread stack. The layout therefore runs in a thread of its own with a large stack.
	 */
	private static void runWithLargeStack(Runnable layout) {
		Throwable[] failure = new Throwable[1];
		Thread thread = new Thread(null, () -> {
			try {
				layout.run();
			} catch (Throwable t) { // handed to the caller's thread below
				failure[0] = t;
			}
		}, "reaction graph layout", LAYOUT_STACK_BYTES);
		thread.start();
		try {
			thread.join();
		} catch (InterruptedException e) {
			thread.interrupt();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the layout was interrupted", e);
		}
		if (failure[0] instanceof StackOverflowError) {
			throw new IllegalStateException("the graph is too deep to lay out in full: collapse it", failure[0]);
		}
		if (failure[0] instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure[0] instanceof Error error) {
			throw error;
		}
	}

	private static Map<String, Integer> partitions(ReactionGraph graph) {
		Map<String, Integer> partitions = new HashMap<>();
		for (NodeGroup group : graph.groups()) {
			partitions.put(group.name(), group.order());
		}
		return partitions;
	}

	private double[] size(GraphNode node) {
		double text = metrics.width(node.label());
		double height = metrics.height();
		return switch (node.kind()) {
			case SPECIES -> new double[] { Math.max(44, text + 20), height + 12 };
			case REACTION -> node.label().isEmpty() ? new double[] { 14, 14 } : new double[] { text + 12, height + 4 };
			case GROUP -> new double[] { text + 28, height + 26 };
		};
	}

	private LaidOutGraph result(ReactionGraph graph, ElkNode root, Map<String, ElkNode> elkNodes,
			Map<ElkEdge, GraphEdge> elkEdges) {
		Map<String, Bounds> nodeBounds = new HashMap<>();
		elkNodes.forEach((id, elk) -> nodeBounds.put(id, new Bounds(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight())));
		List<EdgeRoute> routes = new ArrayList<>();
		elkEdges.forEach((elk, edge) -> routes.add(route(elk, edge)));
		Map<String, Bounds> groupBounds = new HashMap<>();
		if (!graph.collapsed()) {
			for (NodeGroup group : graph.groups()) {
				Bounds box = null;
				for (String member : group.nodeIds()) {
					Bounds bounds = nodeBounds.get(member);
					box = box == null ? bounds : box.union(bounds);
				}
				if (box != null) {
					groupBounds.put(group.name(), box.grow(GROUP_PADDING));
				}
			}
		}
		// The drawing's size from what is drawn (ELK's own root size can be far larger than its content).
		double right = 0;
		double bottom = 0;
		for (Bounds bounds : nodeBounds.values()) {
			right = Math.max(right, bounds.right());
			bottom = Math.max(bottom, bounds.bottom());
		}
		for (Bounds bounds : groupBounds.values()) {
			right = Math.max(right, bounds.right());
			bottom = Math.max(bottom, bounds.bottom());
		}
		for (EdgeRoute route : routes) {
			for (Point point : route.points()) {
				right = Math.max(right, point.x());
				bottom = Math.max(bottom, point.y());
			}
			if (route.labelBounds() != null) {
				right = Math.max(right, route.labelBounds().right());
				bottom = Math.max(bottom, route.labelBounds().bottom());
			}
		}
		return new LaidOutGraph(graph, nodeBounds, routes, groupBounds, right + MARGIN, bottom + MARGIN);
	}

	private static EdgeRoute route(ElkEdge elk, GraphEdge edge) {
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : elk.getSections()) {
			points.add(new Point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX(), bend.getY()));
			}
			points.add(new Point(section.getEndX(), section.getEndY()));
		}
		Bounds label = null;
		if (!elk.getLabels().isEmpty()) {
			ElkLabel elkLabel = elk.getLabels().get(0);
			label = new Bounds(elkLabel.getX(), elkLabel.getY(), elkLabel.getWidth(), elkLabel.getHeight());
		}
		return new EdgeRoute(edge, points, label);
	}

	/** ELK inside OSGi needs its layered algorithm registered once, explicitly. */
	private static final class ElkMetaData {
		private static boolean registered;

		static synchronized void ensureRegistered() {
			if (!registered) {
				LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
				registered = true;
			}
		}
	}
}
