package org.crnstudio.ui.views.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;

/**
 * The last parsed text and the graphs laid out from it, so that moving the cursor between networks of an
 * unchanged file (a 64,000-reaction file takes seconds to parse) neither parses nor lays out again. Jobs use it
 * one at a time (callers synchronize on it).
 */
final class SourceCache {

	private CrnLoader loader; // created in the first job: building the language's injector takes a moment
	private String text;
	private String fileName;
	private LoadedFile loaded;
	private final Map<String, LaidOutGraph> graphs = new HashMap<>();

	/** The parsed text, from the cache when the text and file name are those of the last call. */
	LoadedFile load(String newText, String newFileName) {
		if (!newText.equals(text) || !newFileName.equals(fileName)) {
			if (loader == null) {
				loader = new CrnLoader();
			}
			loaded = loader.load(newText, newFileName);
			text = newText;
			fileName = newFileName;
			graphs.clear();
		}
		return loaded;
	}

	/** The laid-out graph of a network of the current text, computed once per network and mode (expanded or not). */
	LaidOutGraph graph(String network, String mode, Supplier<LaidOutGraph> layout) {
		String key = network + "|" + mode;
		LaidOutGraph graph = graphs.get(key);
		if (graph == null) {
			graph = layout.get();
			if (graph != null) {
				graphs.put(key, graph);
			}
		}
		return graph;
	}
}
