package org.crnstudio.ui.views.graph;

import java.util.Locale;

/**
 * Whether a network may be laid out node by node under the node cap, and what the view says when it may not. No UI.
 *
 * @param nodes the network's species plus reactions (the full graph's nodes)
 */
record ExpansionCap(int cap, int nodes) {

	boolean allows() {
		return nodes <= cap;
	}

	/** The status line of a network kept collapsed by the cap. */
	String refusal(String network, int species, int reactions, int groups) {
		return String.format(Locale.ROOT, "%s: %,d species, %,d reactions = %,d nodes, more than the %,d nodes Expand lays"
				+ " out, so it stays collapsed to %,d group%s (raise the cap in %s)", network, species, reactions, nodes,
				cap, groups, groups == 1 ? "" : "s", GraphPreferences.PAGE_PATH);
	}
}
