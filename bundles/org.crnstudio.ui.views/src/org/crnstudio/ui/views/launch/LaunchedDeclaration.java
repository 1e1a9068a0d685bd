package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.model.Declaration;
import org.eclipse.core.resources.IFile;

/**
 * The declaration a launch runs, read from its .crn file: a file that is missing, unreadable or has errors, or names
 * no such declaration, is a {@link RunFailure} naming the file (and line) and what is valid. Both launch jobs start
 * here.
 */
record LaunchedDeclaration<T extends Declaration>(Path path, LoadedFile loaded, T declaration) {

	static <T extends Declaration> LaunchedDeclaration<T> load(IFile file, Class<T> type, String kind, String name) {
		String where = file.getFullPath().toString();
		if (file.getLocation() == null || !file.exists()) {
			throw new RunFailure(where + ": error: the file does not exist");
		}
		Path path = file.getLocation().toFile().toPath();
		LoadedFile loaded;
		try {
			loaded = new CrnLoader().load(path);
		} catch (IOException e) {
			throw new RunFailure(where + ": error: cannot read the file: " + e.getMessage());
		}
		if (loaded.hasErrors()) {
			String errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
					.map(d -> where + ":" + d.line() + ":" + d.column() + ": error: " + d.message())
					.collect(Collectors.joining("\n"));
			throw new RunFailure(errors + "\n" + where + ": the file has errors; nothing was run");
		}
		T declaration = loaded.find(type, name).orElseThrow(() -> new RunFailure(where + ": error: no " + kind
				+ " named '" + name + "' (valid: " + String.join(", ", loaded.model().getDeclarations().stream()
						.filter(type::isInstance).map(d -> d.getName()).toList())
				+ ")"));
		return new LaunchedDeclaration<>(path, loaded, declaration);
	}
}
