package org.crnstudio.ui.editor;

import java.util.List;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.OutlineNode;
import org.crnstudio.lang.ide.services.Region;

/**
 * Everything the reconciler computed off the UI thread for one document version (its modification stamp): the
 * parse with its problems, the highlighting, the folding regions and the outline.
 */
record ParsedSnapshot(long stamp, CrnDocument document, HighlightIndex highlights, List<Region> foldingRegions,
		List<OutlineNode> outline) {
}
