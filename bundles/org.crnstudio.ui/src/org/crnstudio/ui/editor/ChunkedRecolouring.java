package org.crnstudio.ui.editor;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;

/**
 * Re-colours the whole document from a new snapshot in slices, one UI event per slice, starting with the visible
 * part: a 64,000-line file never holds the UI thread for long, and typing in between cancels the rest.
 */
final class ChunkedRecolouring {

	/** Characters re-coloured per UI event (about 1,000 lines of reactions). */
	static final int SLICE = 40_000;

	private final ISourceViewer viewer;
	private final AtomicLong generation = new AtomicLong();

	ChunkedRecolouring(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/** Called from any thread after a snapshot of version {@code stamp} was published. */
	void recolour(long stamp) {
		long mine = generation.incrementAndGet();
		Display display = displayOf(viewer);
		if (display == null) {
			return;
		}
		display.asyncExec(() -> {
			IDocument document = viewer.getDocument();
			if (document == null || CrnDocumentState.stamp(document) != stamp) {
				return; // edited since: the repairer maps the old snapshot; the next reconcile recolours
			}
			int visible = visibleStart(document);
			int start = Math.max(0, visible - visible % SLICE);
			slice(display, document, stamp, mine, start, start, true);
		});
	}

	/** Recolours [from, from + SLICE), then schedules the next slice (wrapping once around to the top). */
	private void slice(Display display, IDocument document, long stamp, long mine, int first, int from,
			boolean beforeWrap) {
		if (generation.get() != mine || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()
				|| CrnDocumentState.stamp(document) != stamp) {
			return;
		}
		int length = document.getLength();
		if (!beforeWrap && from >= first) {
			return;
		}
		if (from >= length) {
			if (beforeWrap && first > 0) {
				display.asyncExec(() -> slice(display, document, stamp, mine, first, 0, false));
			}
			return;
		}
		int sliceLength = Math.min(SLICE, length - from);
		((ITextViewerExtension2) viewer).invalidateTextPresentation(from, sliceLength);
		int next = from + sliceLength;
		display.asyncExec(() -> slice(display, document, stamp, mine, first, next, beforeWrap));
	}

	private int visibleStart(IDocument document) {
		StyledText text = viewer.getTextWidget();
		if (text == null || text.isDisposed()) {
			return 0;
		}
		int topLine = viewer.getTopIndex();
		try {
			return document.getLineOffset(Math.max(0, topLine));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return 0;
		}
	}

	private static Display displayOf(ISourceViewer viewer) {
		StyledText text = viewer.getTextWidget();
		return text == null || text.isDisposed() ? null : text.getDisplay();
	}
}
