package org.crnstudio.ui.views.graph;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Reaction Graph's preferences (instance scope, node {@value #QUALIFIER}): the largest graph, in nodes, that
 * Expand lays out in full. ELK's layered layout grows much faster than linearly (the 196-512-512-10 network,
 * expanded, was still being laid out after 6 minutes), so above the cap the view keeps the groups.
 */
public final class GraphPreferences {

	public static final String QUALIFIER = "org.crnstudio.ui.views";
	public static final String EXPAND_NODE_CAP = "graph.expandNodeCap";
	public static final int DEFAULT_EXPAND_NODE_CAP = 2_000;
	/** Where a user raises the cap (the status line says so). */
	public static final String PAGE_PATH = "Window > Preferences > CRN Studio > Reaction Graph";

	private GraphPreferences() {
	}

	/** The cap in force: species plus reactions of the largest network Expand draws node by node. */
	public static int expandNodeCap() {
		return Platform.getPreferencesService().getInt(QUALIFIER, EXPAND_NODE_CAP, DEFAULT_EXPAND_NODE_CAP, null);
	}

	/** Sets the cap (the preference page does it through its store; tests and scripts through this). */
	public static void setExpandNodeCap(int cap) {
		if (cap < 1) {
			throw new IllegalArgumentException("the node cap must be at least 1, got " + cap);
		}
		node().putInt(EXPAND_NODE_CAP, cap);
		flush();
	}

	/** Back to the default cap. */
	public static void resetExpandNodeCap() {
		node().remove(EXPAND_NODE_CAP);
		flush();
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}

	private static void flush() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the workbench saves preferences again on exit
		}
	}
}
