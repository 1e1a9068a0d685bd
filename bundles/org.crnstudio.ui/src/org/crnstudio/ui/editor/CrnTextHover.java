package org.crnstudio.ui.editor;

import java.util.Optional;

import org.crnstudio.lang.ide.services.HoverText;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover: the service's text for the element under the mouse (initial value and reactions, shapes, sizes). */
final class CrnTextHover implements ITextHover {

	private final CrnDocumentState state;

	CrnTextHover(CrnDocumentState state) {
		this.state = state;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hover(viewer, region.getOffset()).map(HoverText::text).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return hover(viewer, offset).map(h -> (IRegion) new Region(h.offset(), h.length()))
				.orElse(new Region(offset, 0));
	}

	private Optional<HoverText> hover(ITextViewer viewer, int offset) {
		ParsedSnapshot parsed = state.ifCurrent(viewer.getDocument());
		if (parsed == null) {
			return Optional.empty(); // the text changed since the last parse; hovering again after it works
		}
		return SharedLanguageServices.get().hover(parsed.document(), offset);
	}
}
