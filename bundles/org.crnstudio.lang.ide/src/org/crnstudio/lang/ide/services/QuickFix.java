package org.crnstudio.lang.ide.services;

import java.util.List;

/**
 * A fix for one problem: its edits refer to the text the problem was found in, do not overlap, and are sorted by
 * offset (apply them from the last to the first, or with {@link TextEdits#apply}).
 */
public record QuickFix(String label, String description, List<TextEdit> edits) {

	public QuickFix {
		edits = List.copyOf(edits);
	}
}
