package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ide.services.Completion;
import org.crnstudio.lang.ide.services.CompletionKind;
import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * Ctrl+Space: the service's proposals (keywords, names in scope, constructions, options, ...) followed by the
 * templates whose name starts with the word before the caret, where their keyword is legal. Runs off the UI thread (asynchronous assistant).
 */
final class CrnCompletionProcessor implements IContentAssistProcessor {

	private final CrnDocumentState state;
	private final CrnTemplates templates = new CrnTemplates();

	CrnCompletionProcessor(CrnDocumentState state) {
		this.state = state;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		CrnDocument document = state.currentDocument(viewer.getDocument());
		List<ICompletionProposal> proposals = new ArrayList<>();
		java.util.Set<String> keywords = new java.util.HashSet<>();
		for (Completion completion : SharedLanguageServices.get().complete(document, offset)) {
			if (completion.kind() == CompletionKind.KEYWORD) {
				keywords.add(completion.label());
			}
			if (completion.kind() == CompletionKind.TEMPLATE) {
				continue; // offered below as real templates with linked fields
			}
			String display = completion.detail() == null || completion.detail().isBlank() ? completion.label()
					: completion.label() + " - " + completion.detail();
			proposals.add(new CompletionProposal(completion.insertText(), completion.replaceOffset(),
					completion.replaceLength(), completion.insertText().length(), null, display, null,
					completion.detail()));
		}
		// a template is offered where its declaration's keyword is legal
		proposals.addAll(templates.proposals(viewer.getDocument(), offset, keywords));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
