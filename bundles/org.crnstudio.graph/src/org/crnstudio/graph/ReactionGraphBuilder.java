package org.crnstudio.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.io.ReactionText;
import org.crnstudio.io.expression.ExpressionText;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Port;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SymbolReference;
import org.crnstudio.model.Term;

/**
 * Builds the {@link ReactionGraph} of a network: one node per species and per reaction; a species on both sides
 * of a reaction with the same coefficient is a catalyst (one catalyst edge), otherwise it gets a reactant and a
 * product edge; groups from provenance; dual-rail pairs from ports and from observables {@code A - B}. Networks
 * with more reactions than the collapse threshold come out collapsed to one node per group.
 */
public final class ReactionGraphBuilder {

	/** Above this many reactions a graph starts collapsed: drawing thousands of nodes helps nobody. */
	public static final int DEFAULT_COLLAPSE_THRESHOLD = 250;

	private final int collapseThreshold;

	public ReactionGraphBuilder() {
		this(DEFAULT_COLLAPSE_THRESHOLD);
	}

	/** @param collapseThreshold networks with more reactions than this are collapsed (Integer.MAX_VALUE: never) */
	public ReactionGraphBuilder(int collapseThreshold) {
		this.collapseThreshold = collapseThreshold;
	}

	public ReactionGraph build(ReactionNetwork network) {
		ReactionGraph full = buildFull(network);
		if (network.getReactions().size() > collapseThreshold) {
			return GraphCollapser.collapse(full);
		}
		return full;
	}

	/** The full graph, whatever its size. */
	public ReactionGraph buildFull(ReactionNetwork network) {
		int fallbackLine = network.getCompilation() != null && network.getCompilation().getLine() > 0
				? network.getCompilation().getLine() : network.getLine();
		List<GraphNode> nodes = new ArrayList<>();
		List<GraphEdge> edges = new ArrayList<>();
		Map<String, List<String>> members = new LinkedHashMap<>();
		Map<Species, String> speciesIds = new HashMap<>();
		for (Species species : network.getSpecies()) {
			String id = speciesId(species);
			speciesIds.put(species, id);
			String group = ProvenanceGroups.of(species.getProvenance());
			String detail = "species " + species.getName() + " (" + species.getRole().getLiteral() + "), initial "
					+ species.getInitial() + describe(species.getProvenance());
			nodes.add(new GraphNode(id, NodeKind.SPECIES, species.getName(), species.getRole().getLiteral(), group,
					lineOf(species.getLine(), fallbackLine), detail));
			addMember(members, group, id);
		}
		int index = 0;
		for (Reaction reaction : network.getReactions()) {
			String id = "reaction:" + index++;
			String group = ProvenanceGroups.of(reaction.getProvenance());
			String label = reaction.getLabel() == null ? "" : reaction.getLabel();
			String rate = reaction.getRate() == null ? "?" : ExpressionText.of(reaction.getRate());
			if (reaction.isReversible() && reaction.getReverseRate() != null) {
				rate += ", " + ExpressionText.of(reaction.getReverseRate());
			}
			String detail = ReactionText.of(reaction) + " @ " + rate + describe(reaction.getProvenance());
			nodes.add(new GraphNode(id, NodeKind.REACTION, label, "reaction", group,
					lineOf(reaction.getLine(), fallbackLine), detail));
			addMember(members, group, id);
			addEdges(reaction, id, speciesIds, edges);
		}
		List<NodeGroup> groups = new ArrayList<>();
		for (String name : GroupOrder.of(members, edges)) {
			groups.add(new NodeGroup(name, groups.size(), members.get(name)));
		}
		return new ReactionGraph(network.getName(), nodes, edges, groups, dualRails(network, speciesIds), false,
				network.getSpecies().size(), network.getReactions().size());
	}

	static String speciesId(Species species) {
		return "species:" + species.getName();
	}

	private static void addEdges(Reaction reaction, String id, Map<Species, String> speciesIds, List<GraphEdge> edges) {
		Map<Species, Integer> consumed = coefficients(reaction.getReactants());
		Map<Species, Integer> produced = coefficients(reaction.getProducts());
		for (Map.Entry<Species, Integer> reactant : consumed.entrySet()) {
			String species = speciesIds.get(reactant.getKey());
			if (species == null) {
				continue; // an unresolved name: the editor reports it, the graph leaves it out
			}
			if (reactant.getValue().equals(produced.get(reactant.getKey()))) {
				edges.add(new GraphEdge(species, id, EdgeKind.CATALYST, 1));
			} else {
				edges.add(new GraphEdge(species, id, EdgeKind.REACTANT, reactant.getValue()));
			}
		}
		for (Map.Entry<Species, Integer> product : produced.entrySet()) {
			String species = speciesIds.get(product.getKey());
			if (species != null && !product.getValue().equals(consumed.get(product.getKey()))) {
				edges.add(new GraphEdge(id, species, EdgeKind.PRODUCT, product.getValue()));
			}
		}
	}

	private static Map<Species, Integer> coefficients(List<Term> terms) {
		Map<Species, Integer> coefficients = new LinkedHashMap<>();
		for (Term term : terms) {
			if (term.getSpecies() != null && !term.getSpecies().eIsProxy()) {
				coefficients.merge(term.getSpecies(), term.getCoefficient(), Integer::sum);
			}
		}
		return coefficients;
	}

	private static List<DualRailPair> dualRails(ReactionNetwork network, Map<Species, String> speciesIds) {
		Map<String, DualRailPair> pairs = new LinkedHashMap<>();
		for (Port port : network.getPorts()) {
			if (port.getPlus() != null && port.getMinus() != null) {
				addPair(pairs, port.getName(), port.getPlus(), port.getMinus(), speciesIds);
			}
		}
		for (Observable observable : network.getObservables()) {
			if (observable.getExpression() instanceof BinaryExpression difference
					&& difference.getOperator() == BinaryOperator.SUBTRACT
					&& difference.getLeft() instanceof SymbolReference left && left.getSymbol() instanceof Species plus
					&& difference.getRight() instanceof SymbolReference right
					&& right.getSymbol() instanceof Species minus) {
				addPair(pairs, observable.getName(), plus, minus, speciesIds);
			}
		}
		return List.copyOf(pairs.values());
	}

	private static void addPair(Map<String, DualRailPair> pairs, String name, Species plus, Species minus,
			Map<Species, String> speciesIds) {
		String plusId = speciesIds.get(plus);
		String minusId = speciesIds.get(minus);
		if (plusId != null && minusId != null) {
			pairs.putIfAbsent(plusId + "|" + minusId, new DualRailPair(name, plusId, minusId));
		}
	}

	private static void addMember(Map<String, List<String>> members, String group, String id) {
		if (group != null) {
			members.computeIfAbsent(group, g -> new ArrayList<>()).add(id);
		}
	}

	private static int lineOf(int line, int fallback) {
		return line > 0 ? line : fallback;
	}

	private static String describe(org.crnstudio.model.Provenance provenance) {
		if (provenance == null || provenance.getDescription() == null || provenance.getDescription().isEmpty()) {
			return "";
		}
		return " - " + provenance.getDescription();
	}
}
