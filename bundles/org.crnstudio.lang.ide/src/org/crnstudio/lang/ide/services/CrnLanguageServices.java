package org.crnstudio.lang.ide.services;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.crnstudio.lang.CrnStandaloneSetup;
import org.crnstudio.lang.ide.CrnIdeSetup;

import com.google.inject.Injector;

/**
 * The editor's language services over the UI-free Xtext runtime and ide services: parsing with problems,
 * completion, hovers, quick fixes, outline, navigation, highlighting, folding, templates and formatting.
 * Thread-safe: create one and share it (it holds the Guice injector); each parse builds its own resources, and a
 * CrnDocument is immutable once parsed. No method throws on bad text or offsets: they answer empty instead.
 */
public final class CrnLanguageServices {

	private final DocumentParser parser;
	private final CompletionService completion;
	private final Highlighter highlighter;
	private final CrnFormatter formatter;

	public CrnLanguageServices() {
		CrnStandaloneSetup.sharedInjector(); // registers the language's EMF packages once per JVM
		Injector injector = new CrnIdeSetup().createInjector();
		ExecutorService pool = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "crn content assist");
			thread.setDaemon(true);
			return thread;
		});
		this.parser = new DocumentParser(injector);
		this.completion = new CompletionService(injector, pool);
		this.highlighter = new Highlighter(injector);
		this.formatter = new CrnFormatter(injector);
	}

	/** Parses, links and validates; never throws (a failure becomes a problem of the document). */
	public CrnDocument parse(String text, String fileName) {
		return parser.parse(text, fileName);
	}

	/** Keywords, names in scope, constructions, activations, methods and options legal at the offset. */
	public List<Completion> complete(CrnDocument document, int offset) {
		try {
			return completion.complete(document, offset);
		} catch (RuntimeException e) {
			return List.of(); // content assist on badly broken text: nothing to propose
		}
	}

	/** What the name at the offset is: values, uses, shapes, compiled sizes. */
	public Optional<HoverText> hover(CrnDocument document, int offset) {
		return new HoverService(document).hover(offset);
	}

	/** Fixes for a problem of this document (empty when no fix is obvious). */
	public List<QuickFix> quickFixes(CrnDocument document, Problem problem) {
		return new QuickFixService(document).fixes(problem);
	}

	/** Declarations with their members. */
	public List<OutlineNode> outline(CrnDocument document) {
		return new OutlineBuilder(document).build();
	}

	/** The declaring name of what the name at the offset denotes. */
	public Optional<Region> definition(CrnDocument document, int offset) {
		return new Navigation(document).definition(offset);
	}

	/** The declaring name and every use of what the name at the offset denotes, sorted. */
	public List<Region> occurrences(CrnDocument document, int offset) {
		return new Navigation(document).occurrences(offset);
	}

	/** Lexical and semantic highlighting: sorted, non-overlapping ranges. */
	public List<HighlightedRange> highlight(CrnDocument document) {
		return highlighter.highlight(document);
	}

	/**
	 * Foldable regions: multi-line declarations, layers and block comments, each from the start of its first line
	 * to the start of the line after its last (whole lines, as projection annotations expect), sorted by offset.
	 */
	public List<Region> foldingRegions(CrnDocument document) {
		return new FoldingRegions(document).compute();
	}

	/** Templates for new declarations: crn, nn, simulation, ode, dataset, training. */
	public List<Template> templates() {
		return CrnTemplates.ALL;
	}

	/** The whole text formatted, or empty when the text has syntax errors (it is then left alone). */
	public Optional<String> format(CrnDocument document) {
		return formatter.format(document);
	}
}
