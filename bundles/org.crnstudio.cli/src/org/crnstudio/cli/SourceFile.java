package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Declaration;

/** Loads the .crn file a command names, reports its diagnostics, and finds declarations in it. */
final class SourceFile {

	private static final CrnLoader LOADER = new CrnLoader();

	private final Path path;
	private final LoadedFile loaded;

	private SourceFile(Path path, LoadedFile loaded) {
		this.path = path;
		this.loaded = loaded;
	}

	/** Reads and validates {@code path}; a missing or unreadable file is a {@link CommandFailure}. */
	static SourceFile load(Path path) {
		if (!Files.exists(path)) {
			throw new CommandFailure(path + ": error: no such file");
		}
		if (Files.isDirectory(path)) {
			throw new CommandFailure(path + ": error: is a folder, not a .crn file");
		}
		try {
			return new SourceFile(path, LOADER.load(path));
		} catch (NoSuchFileException e) {
			throw new CommandFailure(path + ": error: no such file");
		} catch (IOException e) {
			throw new CommandFailure(path + ": error: cannot read the file: " + e.getMessage(), e);
		}
	}

	Path path() {
		return path;
	}

	LoadedFile loaded() {
		return loaded;
	}

	List<Diagnostic> diagnostics() {
		return loaded.diagnostics();
	}

	/** Prints every diagnostic, one per line, in the {@code FILE:LINE:COL: severity: message} form. */
	void printDiagnostics(PrintWriter err) {
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			err.println(diagnostic.format());
		}
		err.flush();
	}

	/** Fails, after printing the diagnostics, when the file has errors: nothing is run on an invalid file. */
	void requireNoErrors(PrintWriter err) {
		if (loaded.hasErrors()) {
			printDiagnostics(err);
			long errors = loaded.diagnostics().stream()
					.filter(d -> d.severity() == org.crnstudio.lang.load.Severity.ERROR).count();
			throw new CommandFailure(path + ": error: " + errors + (errors == 1 ? " error" : " errors")
					+ " in the file; nothing was run (crn check " + path + " lists them)");
		}
	}

	/** The declaration of the given type and name, or a failure listing the names that would be valid. */
	<T extends Declaration> T require(Class<T> type, String kind, String name) {
		return loaded.find(type, name).orElseThrow(() -> {
			List<String> valid = loaded.model() == null ? List.of()
					: loaded.model().getDeclarations().stream().filter(type::isInstance).map(Declaration::getName)
							.toList();
			String choices = valid.isEmpty() ? "the file declares no " + kind
					: "valid: " + valid.stream().collect(Collectors.joining(", "));
			return new CommandFailure(path + ": error: no " + kind + " named '" + name + "' (" + choices + ")");
		});
	}
}
