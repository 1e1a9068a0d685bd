package org.crnstudio.lang.ide.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.build.ModelBuilder;
import org.crnstudio.lang.load.Severity;
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
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Parses, links and validates a text into a CrnDocument, in a resource set of its own (so parses run in parallel). */
final class DocumentParser {

	private final Injector injector;

	DocumentParser(Injector injector) {
		this.injector = injector;
	}

	CrnDocument parse(String text, String fileName) {
		String safeText = text == null ? "" : text;
		String safeName = fileName == null || fileName.isBlank() ? "unnamed.crn" : fileName;
		Path location = location(safeName);
		URI uri = URI.createFileURI(location.toString());
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		List<Problem> problems = new ArrayList<>();
		try {
			resource.load(new ByteArrayInputStream(safeText.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				problems.add(convert(issue, safeText.length()));
			}
		} catch (IOException | RuntimeException e) {
			// never throw to an editor: report what went wrong as a problem of the whole text
			problems.add(new Problem(Severity.ERROR, 0, 0, 1, 1, "The file could not be checked: " + e, CrnIssueCodes.SYNTAX,
					List.of()));
		}
		problems.sort(Comparator.comparingInt(Problem::offset).thenComparingInt(Problem::length));
		CrnModel model = model(resource, location, problems);
		model.setUri(uri.toString());
		return new CrnDocument(safeText, safeName, problems, model, resource);
	}

	private static Path location(String fileName) {
		try {
			Path path = Path.of(fileName);
			return path.isAbsolute() ? path.normalize() : Path.of("").toAbsolutePath().resolve(path).normalize();
		} catch (InvalidPathException e) {
			return Path.of("").toAbsolutePath().resolve("unnamed.crn");
		}
	}

	private static CrnModel model(XtextResource resource, Path location, List<Problem> problems) {
		if (resource.getParseResult() != null && resource.getParseResult().getRootASTElement() instanceof File file) {
			try {
				return new ModelBuilder(location.getParent()).build(file);
			} catch (RuntimeException e) {
				// a model builder that trips over broken text leaves the editor working without a model
				problems.add(new Problem(Severity.INFO, 0, 0, 1, 1, "The model could not be built from this text: " + e,
						CrnIssueCodes.SYNTAX, List.of()));
			}
		}
		return CrnFactory.eINSTANCE.createCrnModel();
	}

	private static Problem convert(Issue issue, int textLength) {
		Severity severity = Severity.of(issue.getSeverity());
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) || Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			code = code == null ? "" : CrnIssueCodes.SYNTAX;
		}
		int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), textLength));
		int length = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), textLength - offset));
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		List<String> data = issue.getData() == null ? List.of()
				: Arrays.stream(issue.getData()).map(d -> d == null ? "" : d).toList();
		return new Problem(severity, offset, length, line, column, issue.getMessage(), code, data);
	}
}
