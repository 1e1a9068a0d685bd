package org.crnstudio.compile.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.ReactionNetwork;

/** The binding examples of the repository, loaded by the language and compiled as the command line does. */
final class ExampleFiles {

	private ExampleFiles() {
	}

	static LoadedFile load(String fileName) {
		String folder = System.getProperty("crnstudio.test.examples", "examples");
		try {
			LoadedFile file = new CrnLoader().load(Path.of(folder, fileName));
			if (file.hasErrors()) {
				throw new AssertionError(fileName + " has errors: " + file.diagnostics());
			}
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static <T extends Declaration> T find(LoadedFile file, Class<T> type, String name) {
		return file.find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
	}

	static ReactionNetwork compiled(LoadedFile file, String name) {
		return new CrnCompiler().ensureCompiled(find(file, ReactionNetwork.class, name));
	}
}
