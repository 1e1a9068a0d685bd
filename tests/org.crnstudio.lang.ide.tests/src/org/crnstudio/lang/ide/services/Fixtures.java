package org.crnstudio.lang.ide.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One shared services instance, the repository's examples, and offsets of marked places in texts. */
final class Fixtures {

	static final CrnLanguageServices SERVICES = new CrnLanguageServices();

	private Fixtures() {
	}

	static Path examples() {
		String configured = System.getProperty("crnstudio.test.examples");
		Path folder = configured != null ? Path.of(configured) : Path.of("../../examples");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("examples folder not found at " + folder.toAbsolutePath());
		}
		return folder;
	}

	static String exampleText(String name) {
		try {
			return Files.readString(examples().resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static CrnDocument example(String name) {
		return SERVICES.parse(exampleText(name), examples().resolve(name).toAbsolutePath().toString());
	}

	static CrnDocument parse(String text) {
		return SERVICES.parse(text, "test.crn");
	}

	/** Offset of the n-th (0-based) occurrence of a snippet, plus a shift into it. */
	static int offsetOf(String text, String snippet, int occurrence, int shift) {
		int at = -1;
		for (int i = 0; i <= occurrence; i++) {
			at = text.indexOf(snippet, at + 1);
			if (at < 0) {
				throw new IllegalArgumentException(snippet + " occurs fewer than " + (occurrence + 1) + " times");
			}
		}
		return at + shift;
	}

	static int offsetOf(String text, String snippet) {
		return offsetOf(text, snippet, 0, 0);
	}

	/** A text with one '|' marking the caret: the text without it, and the caret's offset. */
	record Caret(String text, int offset) {
		static Caret of(String marked) {
			int at = marked.indexOf('|');
			return new Caret(marked.substring(0, at) + marked.substring(at + 1), at);
		}
	}
}
