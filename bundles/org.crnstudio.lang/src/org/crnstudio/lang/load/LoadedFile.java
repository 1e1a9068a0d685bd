package org.crnstudio.lang.load;

import java.util.List;
import java.util.Optional;

import org.crnstudio.model.CrnModel;
import org.crnstudio.model.Declaration;

/** The result of loading a .crn file: its semantic model and every diagnostic, sorted by line and column. */
public final class LoadedFile {

	private final String fileName;
	private final CrnModel model;
	private final List<Diagnostic> diagnostics;

	LoadedFile(String fileName, CrnModel model, List<Diagnostic> diagnostics) {
		this.fileName = fileName;
		this.model = model;
		this.diagnostics = List.copyOf(diagnostics);
	}

	/** The model (built even when there are errors, as far as possible); null only if nothing could be parsed. */
	public CrnModel model() {
		return model;
	}

	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}

	/** The declaration of that type and name, if the file declares one. */
	public <T extends Declaration> Optional<T> find(Class<T> type, String name) {
		if (model == null) {
			return Optional.empty();
		}
		return model.getDeclarations().stream()
				.filter(type::isInstance)
				.map(type::cast)
				.filter(d -> name.equals(d.getName()))
				.findFirst();
	}

	public String fileName() {
		return fileName;
	}
}
