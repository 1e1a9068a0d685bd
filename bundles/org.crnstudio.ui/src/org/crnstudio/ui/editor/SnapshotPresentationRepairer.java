package org.crnstudio.ui.editor;

import java.util.Map;

import org.crnstudio.lang.ide.services.TokenStyle;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.graphics.Color;

/**
 * Colours a damaged region from the reconciler's latest highlighting, mapped through the edits made since: the
 * UI thread never lexes or parses, it only looks ranges up. Ranges touched by an edit stay uncoloured until the
 * next reconcile (a few hundred milliseconds later).
 */
final class SnapshotPresentationRepairer implements IPresentationDamager, IPresentationRepairer {

	/** Damage above this many characters is coloured only where visible; the rest follows in slices. */
	static final int LARGE_DAMAGE = 2 * ChunkedRecolouring.SLICE;

	private final CrnDocumentState state;
	private final ITextViewer viewer;
	private IDocument document;

	SnapshotPresentationRepairer(CrnDocumentState state, ITextViewer viewer) {
		this.state = state;
		this.viewer = viewer;
	}

	@Override
	public void setDocument(IDocument newDocument) {
		this.document = newDocument;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		try {
			int start = document.getLineOffset(document.getLineOfOffset(event.getOffset()));
			int changedEnd = event.getOffset() + (event.getText() == null ? event.getLength() : event.getText().length());
			IRegion lastLine = document.getLineInformationOfOffset(Math.min(changedEnd, document.getLength()));
			int end = Math.max(changedEnd, lastLine.getOffset() + lastLine.getLength());
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return partition;
		}
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		ParsedSnapshot parsed = state.latest();
		if (parsed == null) {
			return;
		}
		int start = damage.getOffset();
		int end = start + damage.getLength();
		if (damage.getLength() > LARGE_DAMAGE && viewer != null) {
			// e.g. a redraw of a 64,000-line file: colour what is visible now, the rest in slices afterwards
			int visibleStart = Math.max(start, viewer.getTopIndexStartOffset() - ChunkedRecolouring.SLICE / 2);
			int visibleEnd = Math.min(end, viewer.getBottomIndexEndOffset() + ChunkedRecolouring.SLICE / 2);
			state.requestRecolouring(parsed.stamp());
			start = Math.min(visibleStart, end);
			end = Math.max(start, visibleEnd);
		}
		int from = start;
		int to = end;
		Map<TokenStyle, Color> colors = TokenColors.current();
		EditLog.Mapping edits = state.editsSince(parsed.stamp());
		if (edits.isIdentity()) {
			parsed.highlights().forEachStartingIn(from, to, (offset, length, style) -> presentation
					.addStyleRange(TokenColors.styleRange(offset, Math.min(length, to - offset), style, colors)));
			return;
		}
		int oldStart = edits.backwardStart(from);
		int oldEnd = edits.backwardEnd(to);
		parsed.highlights().forEachStartingIn(oldStart, oldEnd, (offset, length, style) -> {
			int now = edits.forward(offset, length);
			if (now >= from && now + length <= to && now + length <= document.getLength()) {
				presentation.addStyleRange(TokenColors.styleRange(now, length, style, colors));
			}
		});
	}
}
