package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.Problem;
import org.crnstudio.lang.ide.services.QuickFix;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;

/** Ctrl+1: the service's quick fixes for every problem on the caret's line (nearest the caret first). */
final class CrnQuickAssistProcessor implements IQuickAssistProcessor {

	private final CrnDocumentState state;

	CrnQuickAssistProcessor(CrnDocumentState state) {
		this.state = state;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		org.eclipse.jface.text.IDocument text = context.getSourceViewer().getDocument();
		CrnDocument document = state.currentDocument(text);
		int offset = context.getOffset();
		int line;
		try {
			line = text.getLineOfOffset(offset) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return new ICompletionProposal[0];
		}
		List<Problem> onLine = new ArrayList<>(
				document.problems().stream().filter(p -> p.line() == line || covers(p, offset)).toList());
		onLine.sort((a, b) -> Integer.compare(distance(a, offset), distance(b, offset)));
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Problem problem : onLine) {
			for (QuickFix fix : SharedLanguageServices.get().quickFixes(document, problem)) {
				proposals.add(new QuickFixProposal(fix));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static boolean covers(Problem problem, int offset) {
		return problem.offset() <= offset && offset <= problem.offset() + problem.length();
	}

	private static int distance(Problem problem, int offset) {
		return covers(problem, offset) ? 0 : Math.abs(problem.offset() - offset);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof ProblemAnnotations.ProblemAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}
}
