package org.crnstudio.ui.editor;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.CrnLanguageServices;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Runs on the reconciler's thread after each pause in typing: parses, links and validates the whole text, and
 * computes highlighting, folding and outline, then publishes the result to the editor's state.
 */
final class CrnReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final CrnDocumentState state;
	private IDocument document;
	private IProgressMonitor monitor;

	CrnReconcilingStrategy(CrnDocumentState state) {
		this.state = state;
	}

	@Override
	public void setDocument(IDocument newDocument) {
		this.document = newDocument;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor newMonitor) {
		this.monitor = newMonitor;
	}

	@Override
	public void initialReconcile() {
		reconcileNow();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileNow();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileNow();
	}

	private void reconcileNow() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		String text;
		long stamp;
		synchronized (lockOf(current)) {
			// the text and its stamp must belong together
			text = current.get();
			stamp = CrnDocumentState.stamp(current);
		}
		CrnLanguageServices services = SharedLanguageServices.get();
		CrnDocument parsed = services.parse(text, state.fileName());
		if (isCanceled()) {
			return;
		}
		HighlightIndex highlights = new HighlightIndex(services.highlight(parsed));
		if (isCanceled()) {
			return;
		}
		state.publish(new ParsedSnapshot(stamp, parsed, highlights, services.foldingRegions(parsed),
				services.outline(parsed)));
	}

	private boolean isCanceled() {
		return monitor != null && monitor.isCanceled();
	}

	private static Object lockOf(IDocument document) {
		if (document instanceof org.eclipse.jface.text.ISynchronizable synchronizable
				&& synchronizable.getLockObject() != null) {
			return synchronizable.getLockObject();
		}
		return document;
	}
}
