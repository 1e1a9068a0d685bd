package org.crnstudio.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeGroup;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.ReactionGraph;
import org.crnstudio.graph.ReactionGraphBuilder;
import org.crnstudio.graph.layout.Bounds;
import org.crnstudio.graph.layout.EdgeRoute;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.graph.layout.Point;
import org.crnstudio.graph.layout.ReactionGraphLayout;
import org.crnstudio.graph.svg.GraphSvgWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReactionGraphLayoutTest {

	@Test
	void everyNodeOfLotkaVolterraIsPlacedInsideTheDrawingWithoutOverlap() throws Exception {
		LaidOutGraph laidOut = new ReactionGraphLayout()
				.layout(new ReactionGraphBuilder().build(Networks.example("lotka-volterra.crn", "LotkaVolterra")));

		assertPlacedWithoutOverlap(laidOut);
		assertEquals(6, laidOut.edges().size());
	}

	@Test
	void edgesRunFromTheirSourceToTheirTarget() throws Exception {
		LaidOutGraph laidOut = new ReactionGraphLayout()
				.layout(new ReactionGraphBuilder().build(Networks.example("fixed-point.crn", "SmallCrn")));

		for (EdgeRoute route : laidOut.edges()) {
			List<Point> points = route.points();
			assertTrue(points.size() >= 2, route.toString());
			assertTrue(touches(laidOut.bounds(route.edge().source()), points.get(0)), "starts at its source: " + route);
			assertTrue(touches(laidOut.bounds(route.edge().target()), points.get(points.size() - 1)),
					"ends at its target: " + route);
			if (!route.edge().label().isEmpty()) {
				assertTrue(route.labelBounds() != null, "a labelled edge has its label placed: " + route);
			}
		}
	}

	@Test
	void theLayersOfACompiledNetworkAreOrderedLeftToRightAndTheirBoxesDoNotOverlap() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder().build(Networks.example("fixed-point.crn", "SmallCrn"));
		LaidOutGraph laidOut = new ReactionGraphLayout().layout(graph);

		assertPlacedWithoutOverlap(laidOut);
		List<NodeGroup> groups = graph.groups();
		for (int i = 0; i + 1 < groups.size(); i++) {
			double rightOfThis = groups.get(i).nodeIds().stream().mapToDouble(id -> laidOut.bounds(id).right()).max().orElseThrow();
			double leftOfNext = groups.get(i + 1).nodeIds().stream().mapToDouble(id -> laidOut.bounds(id).x()).min().orElseThrow();
			assertTrue(rightOfThis < leftOfNext, groups.get(i).name() + " ends at x = " + rightOfThis + ", "
					+ groups.get(i + 1).name() + " starts at x = " + leftOfNext);
			Bounds box = laidOut.groupBounds().get(groups.get(i).name());
			Bounds nextBox = laidOut.groupBounds().get(groups.get(i + 1).name());
			assertFalse(box.intersects(nextBox), "group boxes " + box + " and " + nextBox);
		}
		for (NodeGroup group : groups) {
			Bounds box = laidOut.groupBounds().get(group.name());
			for (String member : group.nodeIds()) {
				Bounds node = laidOut.bounds(member);
				assertTrue(box.contains(node.x(), node.y()) && box.contains(node.right(), node.bottom()),
						member + " inside the box of " + group.name());
			}
		}
	}

	@Test
	void aCollapsedGraphIsLaidOutAsItsGroups() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder(10).build(Networks.example("fixed-point.crn", "SmallCrn"));
		LaidOutGraph laidOut = new ReactionGraphLayout().layout(graph);

		assertPlacedWithoutOverlap(laidOut);
		assertTrue(laidOut.groupBounds().isEmpty(), "the nodes are the groups; no boxes around them");
		assertTrue(laidOut.bounds("group:input").x() < laidOut.bounds("group:out").x(),
				"inputs flow into the output layer through the hidden one");
	}

	@Test
	void aLongChainIsLaidOutWithoutOverflowingTheStack() {
		int reactions = 3000; // ELK's recursive component search overflows a default stack on such a chain
		StringBuilder text = new StringBuilder("crn Chain {\n    species S0 = 1\n");
		for (int i = 1; i <= reactions; i++) {
			text.append("    species S").append(i).append('\n');
		}
		for (int i = 0; i < reactions; i++) {
			text.append("    S").append(i).append(" -> S").append(i + 1).append(" @ 1\n");
		}
		text.append("}\n");
		ReactionGraph graph = new ReactionGraphBuilder(Integer.MAX_VALUE).build(Networks.inline(text.toString(), "Chain"));

		LaidOutGraph laidOut = new ReactionGraphLayout().layout(graph);

		assertEquals(2 * reactions + 1, laidOut.nodeBounds().size());
		for (int i = 0; i < reactions; i++) {
			assertTrue(laidOut.bounds("species:S" + i).x() < laidOut.bounds("species:S" + (i + 1)).x(),
					"the chain runs left to right at S" + i);
		}
	}

	@Test
	void theSvgExportIsWellFormedAndHasOneShapePerNodeAndEdge() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder().build(Networks.example("lotka-volterra.crn", "LotkaVolterra"));
		LaidOutGraph laidOut = new ReactionGraphLayout().layout(graph);

		String svg = new GraphSvgWriter().write(laidOut);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));

		assertEquals("svg", document.getDocumentElement().getTagName());
		NodeList groups = document.getElementsByTagName("g");
		int species = 0;
		int reactions = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			String type = ((Element) groups.item(i)).getAttribute("class");
			species += type.equals("node species") ? 1 : 0;
			reactions += type.equals("node reaction") ? 1 : 0;
		}
		assertEquals(2, species);
		assertEquals(3, reactions);
		assertEquals(6, document.getElementsByTagName("path").getLength() - 1, "six edges besides the arrow head");
		assertTrue(svg.contains(">predation<"), "reaction labels are drawn");
		assertEquals(Math.round(laidOut.width()), Math.round(Double.parseDouble(document.getDocumentElement().getAttribute("width"))));
	}

	private static void assertPlacedWithoutOverlap(LaidOutGraph laidOut) {
		List<GraphNode> nodes = laidOut.graph().nodes();
		for (GraphNode node : nodes) {
			Bounds b = laidOut.bounds(node.id());
			assertTrue(Double.isFinite(b.x()) && Double.isFinite(b.y()) && b.width() > 0 && b.height() > 0, node + " " + b);
			assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= laidOut.width() && b.bottom() <= laidOut.height(),
					node.id() + " " + b + " inside " + laidOut.width() + " x " + laidOut.height());
		}
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Bounds a = laidOut.bounds(nodes.get(i).id());
				Bounds b = laidOut.bounds(nodes.get(j).id());
				assertFalse(a.intersects(b), nodes.get(i).id() + " " + a + " overlaps " + nodes.get(j).id() + " " + b);
			}
		}
		assertTrue(nodes.stream().anyMatch(n -> n.kind() != NodeKind.REACTION));
		// the drawing is as large as its content plus a margin, no larger: fitting it to a view then fills the view
		double right = nodes.stream().mapToDouble(n -> laidOut.bounds(n.id()).right()).max().orElseThrow();
		double bottom = nodes.stream().mapToDouble(n -> laidOut.bounds(n.id()).bottom()).max().orElseThrow();
		for (Bounds box : laidOut.groupBounds().values()) {
			right = Math.max(right, box.right());
			bottom = Math.max(bottom, box.bottom());
		}
		assertTrue(laidOut.width() <= right + 80, "width " + laidOut.width() + " for content up to x = " + right);
		assertTrue(laidOut.height() <= bottom + 80, "height " + laidOut.height() + " for content up to y = " + bottom);
	}

	private static boolean touches(Bounds bounds, Point point) {
		return bounds.grow(1.0).contains(point.x(), point.y());
	}
}
