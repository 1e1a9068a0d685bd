package org.crnstudio.ui.editor;

import org.crnstudio.lang.ide.services.QuickFix;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One quick fix in the Ctrl+1 list; applying it edits the document as one undoable change. */
final class QuickFixProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final QuickFix fix;

	QuickFixProposal(QuickFix fix) {
		this.fix = fix;
	}

	QuickFix fix() {
		return fix;
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IRewriteTarget target = viewer instanceof ITextViewerExtension extension ? extension.getRewriteTarget() : null;
		applyTo(viewer.getDocument(), target);
	}

	@Override
	public void apply(IDocument document) {
		applyTo(document, null);
	}

	private void applyTo(IDocument document, IRewriteTarget target) {
		try {
			TextEdits.apply(document, fix.edits(), target);
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("The quick fix '" + fix.label() + "' no longer fits the text", e);
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean validate(IDocument document, int offset, org.eclipse.jface.text.DocumentEvent event) {
		return false;
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return fix.description();
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
