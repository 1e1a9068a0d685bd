package org.crnstudio.lang.ide.services;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.model.CrnModel;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One parsed, linked and validated version of a .crn text: its problems and semantic model, and (for the services)
 * the Xtext resource with the syntax tree and node model. Immutable once built; a new text needs a new parse.
 */
public final class CrnDocument {

	private final String text;
	private final String fileName;
	private final List<Problem> problems;
	private final CrnModel model;
	private final XtextResource resource;
	private final SourceText source;
	/** Compiled sizes by network name: compiling is costly, and a document never changes. */
	private final Map<String, String> compiledSizes = new ConcurrentHashMap<>();

	CrnDocument(String text, String fileName, List<Problem> problems, CrnModel model, XtextResource resource) {
		this.text = text;
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
		this.model = model;
		this.resource = resource;
		this.source = new SourceText(text);
	}

	public String text() {
		return text;
	}

	public String fileName() {
		return fileName;
	}

	/** Every problem, sorted by offset. */
	public List<Problem> problems() {
		return problems;
	}

	/** The semantic model, built as far as the text allows (never null; empty when nothing could be parsed). */
	public CrnModel model() {
		return model;
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
	}

	public boolean hasSyntaxErrors() {
		return resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
	}

	XtextResource resource() {
		return resource;
	}

	/** The syntax tree's root, or null when nothing could be parsed. */
	File ast() {
		if (resource.getParseResult() != null && resource.getParseResult().getRootASTElement() instanceof File file) {
			return file;
		}
		return null;
	}

	/** The compiled size of a compiled network, as text ("not available yet" when its construction is missing). */
	String compiledSize(String networkName) {
		return compiledSizes.computeIfAbsent(networkName, name -> CompiledSize.of(model, name));
	}

	SourceText source() {
		return source;
	}
}
