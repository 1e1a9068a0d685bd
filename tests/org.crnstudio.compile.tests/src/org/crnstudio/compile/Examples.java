package org.crnstudio.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;

/** Test helper: loads the repository's examples (folder given by the build) or inline text, failing on errors. */
public final class Examples {

	private Examples() {
	}

	public static LoadedFile load(String fileName) {
		Path folder = Path.of(System.getProperty("crnstudio.test.examples", "../../examples"));
		try {
			return checked(new CrnLoader().load(folder.resolve(fileName)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static LoadedFile text(String text) {
		return checked(new CrnLoader().load(text, "inline.crn"));
	}

	private static LoadedFile checked(LoadedFile file) {
		assertFalse(file.hasErrors(), () -> file.fileName() + ": " + file.diagnostics());
		return file;
	}
}
