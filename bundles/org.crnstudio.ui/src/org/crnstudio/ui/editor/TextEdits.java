package org.crnstudio.ui.editor;

import java.util.Comparator;
import java.util.List;

import org.crnstudio.lang.ide.services.TextEdit;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;

/** Applies a service's text edits to a document, from the last to the first so offsets stay valid. */
public final class TextEdits {

	private TextEdits() {
	}

	/** Applies {@code edits}; with a rewrite target they form one undoable change. */
	public static void apply(IDocument document, List<TextEdit> edits, IRewriteTarget undoGroup)
			throws BadLocationException {
		List<TextEdit> descending = edits.stream()
				.sorted(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length).reversed())
				.toList();
		if (undoGroup != null) {
			undoGroup.beginCompoundChange();
		}
		try {
			for (TextEdit edit : descending) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (undoGroup != null) {
				undoGroup.endCompoundChange();
			}
		}
	}
}
