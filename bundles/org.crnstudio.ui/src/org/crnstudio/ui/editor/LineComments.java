package org.crnstudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Ctrl+/: comments the selected lines out with "// ", or, when every non-blank one is already a line comment,
 * removes the markers.
 */
final class LineComments {

	private static final String MARKER = "//";

	private LineComments() {
	}

	static void toggle(IDocument document, int selectionOffset, int selectionLength) throws BadLocationException {
		int firstLine = document.getLineOfOffset(selectionOffset);
		int end = selectionOffset + selectionLength;
		int lastLine = document.getLineOfOffset(end);
		if (lastLine > firstLine && document.getLineOffset(lastLine) == end) {
			lastLine--; // a selection ending at a line start does not include that line
		}
		boolean allCommented = true;
		boolean anyText = false;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			anyText = true;
			allCommented &= text.stripLeading().startsWith(MARKER);
		}
		boolean uncomment = anyText && allCommented;
		for (int line = lastLine; line >= firstLine; line--) {
			String text = lineText(document, line);
			int lineOffset = document.getLineOffset(line);
			if (uncomment) {
				int marker = text.indexOf(MARKER);
				if (marker >= 0) {
					int length = text.startsWith(MARKER + " ", marker) ? MARKER.length() + 1 : MARKER.length();
					document.replace(lineOffset + marker, length, "");
				}
			} else if (!text.isBlank() || firstLine == lastLine) {
				document.replace(lineOffset, 0, MARKER + " ");
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
