package org.crnstudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The identifier around an offset (letters, digits, underscores), as the language's ID terminal. */
final class WordAt {

	private WordAt() {
	}

	static IRegion region(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isPart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isPart(document.getChar(end))) {
				end++;
			}
			return end > start ? new Region(start, end - start) : null;
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static boolean isPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
