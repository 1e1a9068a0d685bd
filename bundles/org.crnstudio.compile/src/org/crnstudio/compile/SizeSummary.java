package org.crnstudio.compile;

import java.util.Map;
import java.util.TreeMap;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/**
 * The size of a network: species by role, reactions by molecularity (number of reactant molecules), for
 * {@code crn compile} and the editor's hover.
 */
public record SizeSummary(int species, int reactions, Map<String, Integer> speciesByRole,
		Map<Integer, Integer> reactionsByMolecularity) {

	public static SizeSummary of(ReactionNetwork network) {
		Map<String, Integer> byRole = new TreeMap<>();
		for (Species species : network.getSpecies()) {
			byRole.merge(species.getRole().getLiteral(), 1, Integer::sum);
		}
		Map<Integer, Integer> byOrder = new TreeMap<>();
		for (Reaction reaction : network.getReactions()) {
			int order = reaction.getReactants().stream().mapToInt(Term::getCoefficient).sum();
			byOrder.merge(order, reaction.isReversible() ? 2 : 1, Integer::sum);
		}
		int reactions = network.getReactions().stream().mapToInt(r -> r.isReversible() ? 2 : 1).sum();
		return new SizeSummary(network.getSpecies().size(), reactions, byRole, byOrder);
	}

	/** e.g. "15 species (2 input, ...), 13 reactions (5 unimolecular, 8 bimolecular)". */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(species).append(" species");
		if (!speciesByRole.isEmpty()) {
			text.append(" (");
			speciesByRole.forEach((role, count) -> text.append(count).append(' ').append(role).append(", "));
			text.setLength(text.length() - 2);
			text.append(')');
		}
		text.append(", ").append(reactions).append(reactions == 1 ? " reaction" : " reactions");
		if (!reactionsByMolecularity.isEmpty()) {
			text.append(" (");
			reactionsByMolecularity.forEach((order, count) -> text.append(count).append(' ').append(orderName(order)).append(", "));
			text.setLength(text.length() - 2);
			text.append(')');
		}
		return text.toString();
	}

	private static String orderName(int order) {
		return switch (order) {
		case 0 -> "zeroth-order";
		case 1 -> "unimolecular";
		case 2 -> "bimolecular";
		case 3 -> "trimolecular";
		default -> order + "-molecular";
		};
	}
}
