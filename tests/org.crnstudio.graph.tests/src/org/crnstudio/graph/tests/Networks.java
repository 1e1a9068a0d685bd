package org.crnstudio.graph.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.ReactionNetwork;

/** Reaction networks of the spec examples (compiled when declared by compile) and of inline text. */
final class Networks {

	private static final CrnLoader LOADER = new CrnLoader();

	private Networks() {
	}

	static ReactionNetwork example(String file, String network) throws IOException {
		LoadedFile loaded = LOADER.load(Path.of(System.getProperty("crnstudio.test.examples")).resolve(file));
		return new CrnCompiler().ensureCompiled(loaded.find(ReactionNetwork.class, network).orElseThrow());
	}

	static ReactionNetwork inline(String text, String network) {
		LoadedFile loaded = LOADER.load(text, "inline.crn");
		if (loaded.hasErrors()) {
			throw new AssertionError(loaded.diagnostics().toString());
		}
		return loaded.find(ReactionNetwork.class, network).orElseThrow();
	}
}
