package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits to a text (for previews, tests and editors without their own edit support). */
public final class TextEdits {

	private TextEdits() {
	}

	public static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (TextEdit edit : sorted) {
			if (edit.offset() < 0 || edit.offset() + edit.length() > limit) {
				throw new IllegalArgumentException("edit " + edit + " overlaps another or lies outside the text");
			}
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
			limit = edit.offset();
		}
		return result.toString();
	}
}
