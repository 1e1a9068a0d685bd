package org.crnstudio.lang.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;

/** The repository's examples/ folder (binding examples of the language) and a shared loader. */
final class Examples {

	static final CrnLoader LOADER = new CrnLoader();

	private Examples() {
	}

	static Path folder() {
		String configured = System.getProperty("crnstudio.test.examples");
		Path folder = configured != null ? Path.of(configured) : Path.of("../../examples");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("examples folder not found at " + folder.toAbsolutePath());
		}
		return folder;
	}

	static Path file(String name) {
		return folder().resolve(name);
	}

	static LoadedFile load(String name) {
		try {
			return LOADER.load(file(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Stream<String> names() {
		try (Stream<Path> files = Files.list(folder())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".crn")).sorted().toList().stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
