package org.crnstudio.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crnstudio.graph.DualRailPair;
import org.crnstudio.graph.EdgeKind;
import org.crnstudio.graph.GraphEdge;
import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeGroup;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.ReactionGraph;
import org.crnstudio.graph.ReactionGraphBuilder;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;

class ReactionGraphBuilderTest {

	@Test
	void lotkaVolterraIsTwoSpeciesThreeReactionsAndSixEdges() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder().build(Networks.example("lotka-volterra.crn", "LotkaVolterra"));

		assertEquals(2, graph.count(NodeKind.SPECIES));
		assertEquals(3, graph.count(NodeKind.REACTION));
		// birth: Prey -> 2 Prey; predation: Prey + Predator -> 2 Predator; death: Predator -> 0
		assertEquals(Set.of(
				"species:Prey->birth x1 REACTANT", "birth->species:Prey x2 PRODUCT",
				"species:Prey->predation x1 REACTANT", "species:Predator->predation x1 REACTANT",
				"predation->species:Predator x2 PRODUCT",
				"species:Predator->death x1 REACTANT"), describe(graph));
		assertEquals(List.of("2", "2"), graph.edges().stream().map(GraphEdge::label).filter(l -> !l.isEmpty()).toList());
		assertEquals(0, graph.count(EdgeKind.CATALYST));
		assertTrue(graph.groups().isEmpty(), "a hand-written network has no provenance groups");
		assertFalse(graph.collapsed());
		GraphNode predation = graph.nodes().stream().filter(n -> n.label().equals("predation")).findFirst().orElseThrow();
		assertEquals(13, predation.line(), "the line of 'predation:' in lotka-volterra.crn");
		assertEquals(9, graph.node("species:Prey").orElseThrow().line());
	}

	@Test
	void aSpeciesOnBothSidesWithTheSameCoefficientIsOneCatalystEdge() {
		ReactionNetwork network = Networks.inline("""
				crn Cat {
				    species A = 1
				    species B
				    species E = 1
				    r: A + E -> B + E @ 1
				    s: 2 A -> A + B @ 1
				}
				""", "Cat");
		ReactionGraph graph = new ReactionGraphBuilder().build(network);

		assertEquals(Set.of(
				"species:A->r x1 REACTANT", "species:E->r x1 CATALYST", "r->species:B x1 PRODUCT",
				// A is on both sides of s with different coefficients: consumed 2, produced 1, not a catalyst
				"species:A->s x2 REACTANT", "s->species:A x1 PRODUCT", "s->species:B x1 PRODUCT"), describe(graph));
		assertEquals(1, graph.count(EdgeKind.CATALYST));
	}

	@Test
	void aCompiledFixedPointNetworkIsGroupedByLayerInDataFlowOrder() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder().build(Networks.example("fixed-point.crn", "SmallCrn"));

		// The shared smoothing catalyst H feeds both layers, so it comes before them, after the inputs.
		assertEquals(List.of("input", "smoothing", "hidden", "out"), graph.groups().stream().map(NodeGroup::name).toList());
		assertEquals(List.of("species:H"), group(graph, "smoothing").nodeIds());
		// Table 1 of seed 001, offset rails (both rails of every weight and bias): 2c + 4 reactions per node of a
		// layer with c inputs: hidden 3 x (2*2 + 4) = 24, out 2 x (2*3 + 4) = 20.
		Map<String, Long> reactionsPerGroup = graph.nodes().stream().filter(n -> n.kind() == NodeKind.REACTION)
				.collect(Collectors.groupingBy(GraphNode::group, Collectors.counting()));
		assertEquals(Map.of("hidden", 24L, "out", 20L), reactionsPerGroup);
		assertEquals(Set.of("species:D1", "species:D2"), Set.copyOf(group(graph, "input").nodeIds()));
		assertEquals("input", graph.node("species:D1").orElseThrow().role());
		// Each weight reaction has its input and its weight rail as catalysts: 2 x (3 x 2 x 2 + 2 x 3 x 2) = 48;
		// each bias reaction its bias rail: 2 x 5 = 10; each smoothing reaction its H: 5.
		assertEquals(48 + 10 + 5, graph.count(EdgeKind.CATALYST));
		int declarationLine = 15; // crn SmallCrn = compile Small with fixed_point()
		assertTrue(graph.nodes().stream().allMatch(n -> n.line() == declarationLine),
				"compiled elements reveal the compile declaration");
	}

	@Test
	void rateIndependentInputsAndOutputAreDualRailPairs() throws Exception {
		ReactionGraph graph = new ReactionGraphBuilder().build(Networks.example("rate-independent.crn", "Fig1Reduced"));

		List<String> pairs = graph.dualRails().stream().map(DualRailPair::name).toList();
		assertTrue(pairs.containsAll(List.of("x1", "x2", "y")), pairs.toString());
		for (DualRailPair pair : graph.dualRails()) {
			assertEquals(NodeKind.SPECIES, graph.node(pair.plusId()).orElseThrow().kind());
			assertEquals(NodeKind.SPECIES, graph.node(pair.minusId()).orElseThrow().kind());
		}
		assertEquals(7, graph.count(NodeKind.REACTION), "Fig. 1 reduced compiles to 7 reactions");
	}

	@Test
	void aNetworkAboveTheThresholdCollapsesToOneNodePerGroupWithCountedEdges() throws Exception {
		ReactionNetwork network = Networks.example("fixed-point.crn", "SmallCrn");
		ReactionGraph full = new ReactionGraphBuilder(Integer.MAX_VALUE).build(network);
		ReactionGraph collapsed = new ReactionGraphBuilder(10).build(network);

		assertTrue(collapsed.collapsed());
		assertEquals(4, collapsed.count(NodeKind.GROUP));
		assertEquals(4, collapsed.nodes().size());
		assertEquals(full.reactionCount(), collapsed.reactionCount());
		// An aggregate edge counts the full graph's edges between two different groups.
		Map<String, String> groupOf = full.nodes().stream().collect(Collectors.toMap(GraphNode::id, GraphNode::group));
		for (GraphEdge aggregate : collapsed.edges()) {
			String from = aggregate.source().substring("group:".length());
			String to = aggregate.target().substring("group:".length());
			long expected = full.edges().stream()
					.filter(e -> groupOf.get(e.source()).equals(from) && groupOf.get(e.target()).equals(to)).count();
			assertEquals(expected, aggregate.count(), from + " -> " + to);
			assertEquals(EdgeKind.AGGREGATE, aggregate.kind());
		}
		long crossing = full.edges().stream().filter(e -> !groupOf.get(e.source()).equals(groupOf.get(e.target()))).count();
		assertEquals(crossing, collapsed.edges().stream().mapToLong(GraphEdge::count).sum());
		GraphNode hidden = collapsed.node("group:hidden").orElseThrow();
		assertTrue(hidden.label().contains("24 reactions"), hidden.label());
	}

	@Test
	void theDefaultThresholdKeepsSmallNetworksFull() throws Exception {
		assertFalse(new ReactionGraphBuilder().build(Networks.example("fixed-point.crn", "SmallCrn")).collapsed());
	}

	private static NodeGroup group(ReactionGraph graph, String name) {
		return graph.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
	}

	/** Edges as "source->target xN KIND", reactions named by their label. */
	private static Set<String> describe(ReactionGraph graph) {
		return graph.edges().stream().map(e -> name(graph, e.source()) + "->" + name(graph, e.target()) + " x"
				+ e.count() + " " + e.kind()).collect(Collectors.toSet());
	}

	private static String name(ReactionGraph graph, String id) {
		GraphNode node = graph.node(id).orElseThrow();
		return node.kind() == NodeKind.REACTION ? node.label() : id;
	}
}
