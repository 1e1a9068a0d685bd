package org.crnstudio.ui.editor;

import java.util.Optional;

import org.crnstudio.lang.ide.services.Region;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;

/** Ctrl+click on a reference jumps to its declaration. */
final class CrnHyperlinkDetector implements IHyperlinkDetector {

	private final CrnDocumentState state;

	CrnHyperlinkDetector(CrnDocumentState state) {
		this.state = state;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		ParsedSnapshot parsed = state.ifCurrent(viewer.getDocument());
		if (parsed == null) {
			return null;
		}
		int offset = region.getOffset();
		Optional<Region> target = SharedLanguageServices.get().definition(parsed.document(), offset);
		if (target.isEmpty()) {
			return null;
		}
		IRegion word = WordAt.region(viewer.getDocument(), offset);
		if (word == null || word.getOffset() == target.get().offset()) {
			return null; // already on the declaration
		}
		Region declaration = target.get();
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				viewer.setSelectedRange(declaration.offset(), declaration.length());
				viewer.revealRange(declaration.offset(), declaration.length());
			}
		} };
	}
}
