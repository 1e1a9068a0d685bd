package org.crnstudio.lang.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.CrnStandaloneSetup;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.build.ModelBuilder;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.CrnModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parses, links and validates .crn text and builds its semantic model. Needs no OSGi framework: it works from a
 * plain class path as well as inside Eclipse. Thread-safe; each load uses its own resource set.
 */
public final class CrnLoader {

	private final Injector injector;

	public CrnLoader() {
		this.injector = CrnStandaloneSetup.sharedInjector();
	}

	/** Loads a file; relative CSV data files resolve against the file's folder. */
	public LoadedFile load(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return load(text, file.toAbsolutePath().normalize(), file.toString());
	}

	/** Loads text as if read from fileName (used in diagnostics); relative CSV data files resolve against the working directory. */
	public LoadedFile load(String text, String fileName) {
		Path name = Path.of(fileName).getFileName();
		Path location = Path.of("").toAbsolutePath().resolve(name == null ? Path.of("unnamed.crn") : name);
		return load(text, location, fileName);
	}

	private LoadedFile load(String text, Path location, String fileName) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		URI uri = URI.createFileURI(location.toString());
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// reading from memory cannot fail
			throw new IllegalStateException(e);
		}
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<org.crnstudio.lang.load.Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : issues) {
			diagnostics.add(convert(issue, fileName));
		}
		diagnostics.sort(Comparator.comparingInt(org.crnstudio.lang.load.Diagnostic::line)
				.thenComparingInt(org.crnstudio.lang.load.Diagnostic::column));
		return new LoadedFile(fileName, model(resource, location, uri, diagnostics), diagnostics);
	}

	private static CrnModel model(XtextResource resource, Path location, URI uri,
			List<org.crnstudio.lang.load.Diagnostic> diagnostics) {
		CrnModel model;
		if (resource.getParseResult() != null && resource.getParseResult().getRootASTElement() instanceof File file) {
			model = new ModelBuilder(location.getParent()).build(file);
		} else if (diagnostics.isEmpty()) {
			model = CrnFactory.eINSTANCE.createCrnModel(); // an empty file
		} else {
			return null;
		}
		model.setUri(uri.toString());
		return model;
	}

	private static org.crnstudio.lang.load.Diagnostic convert(Issue issue, String fileName) {
		Severity severity = Severity.of(issue.getSeverity());
		String code = issue.getCode();
		if (Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) || Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			code = CrnIssueCodes.SYNTAX;
		}
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		List<String> data = issue.getData() == null ? List.of()
				: Arrays.stream(issue.getData()).map(d -> d == null ? "" : d).toList();
		return new org.crnstudio.lang.load.Diagnostic(severity, fileName, line, column, issue.getMessage(), code, data);
	}
}
