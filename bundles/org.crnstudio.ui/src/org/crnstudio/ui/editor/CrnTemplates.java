package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;

/**
 * The language's templates (crn, nn, simulation, ...) as Eclipse template proposals: their ${name} placeholders
 * become linked fields, ${cursor} the caret's place. Computed from the document alone (no widget access), so the
 * asynchronous content assistant may call it off the UI thread.
 */
final class CrnTemplates {

	static final String CONTEXT_TYPE = "org.crnstudio.ui.templates.crn";

	private static final TemplateContextType CONTEXT = new TemplateContextType(CONTEXT_TYPE, "CRN");

	/**
	 * Templates whose name starts with the word before {@code offset}, when that word begins its line and the
	 * template's keyword (its name) is among the keywords legal there.
	 */
	List<ICompletionProposal> proposals(IDocument document, int offset, java.util.Set<String> legalKeywords) {
		String prefix = prefix(document, offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (!startsLine(document, offset - prefix.length())) {
			return proposals; // a template is a whole declaration
		}
		for (org.crnstudio.lang.ide.services.Template template : SharedLanguageServices.get().templates()) {
			if (!template.name().startsWith(prefix) || !legalKeywords.contains(template.name())) {
				continue;
			}
			Template eclipseTemplate = new Template(template.name(), template.description(), CONTEXT_TYPE,
					template.pattern(), false);
			Region replaced = new Region(offset - prefix.length(), prefix.length());
			DocumentTemplateContext context = new DocumentTemplateContext(CONTEXT, document, replaced.getOffset(),
					replaced.getLength());
			proposals.add(new TemplateProposal(eclipseTemplate, context, replaced, null));
		}
		return proposals;
	}

	private static boolean startsLine(IDocument document, int offset) {
		try {
			int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
			return document.get(lineStart, offset - lineStart).isBlank();
		} catch (BadLocationException e) {
			return false;
		}
	}

	private static String prefix(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && Character.isLetterOrDigit(document.getChar(start - 1))) {
				start--;
			}
			return document.get(start, offset - start);
		} catch (BadLocationException e) {
			return "";
		}
	}
}
