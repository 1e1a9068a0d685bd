package org.crnstudio.graph;

import java.util.List;
import java.util.Optional;

import org.crnstudio.model.CrnModel;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;

/**
 * Which reaction network a source line is about, for views that follow the editor's cursor: the network
 * declared around the line; for a simulation, the network it runs; for a neural network or ODE model, the
 * network compiled from it; elsewhere (comments, data sets) the file's first network.
 */
public final class NetworkAtLine {

	private NetworkAtLine() {
	}

	/** @param line 1-based line of the cursor */
	public static Optional<ReactionNetwork> find(CrnModel model, int line) {
		if (model == null) {
			return Optional.empty();
		}
		List<Declaration> declarations = model.getDeclarations();
		Declaration around = null;
		for (Declaration declaration : declarations) {
			if (declaration.getLine() <= line) {
				around = declaration; // declarations are in source order: the last one starting at or before the line
			}
		}
		if (around instanceof ReactionNetwork network) {
			return Optional.of(network);
		}
		if (around instanceof Simulation simulation && simulation.getNetwork() != null && !simulation.getNetwork().eIsProxy()) {
			return Optional.of(simulation.getNetwork());
		}
		if (around != null) {
			Declaration source = around;
			Optional<ReactionNetwork> compiled = networks(declarations).stream()
					.filter(n -> n.getCompilation() != null && n.getCompilation().getSource() == source).findFirst();
			if (compiled.isPresent()) {
				return compiled;
			}
		}
		return networks(declarations).stream().findFirst();
	}

	private static List<ReactionNetwork> networks(List<Declaration> declarations) {
		return declarations.stream().filter(ReactionNetwork.class::isInstance).map(ReactionNetwork.class::cast).toList();
	}
}
