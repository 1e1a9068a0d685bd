package org.crnstudio.lang.ide.services;

import java.util.Arrays;

/** Line arithmetic over a text: where lines start, their indentation, the line delimiter in use. */
final class SourceText {

	private final String text;
	private final int[] lineStarts;

	SourceText(String text) {
		this.text = text;
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, count);
	}

	/** 0-based line of an offset. */
	int lineOf(int offset) {
		int index = Arrays.binarySearch(lineStarts, offset);
		return index >= 0 ? index : -index - 2;
	}

	int lineStart(int line) {
		return lineStarts[line];
	}

	/** Offset just after the line's delimiter (or the text's end on the last line). */
	int nextLineStart(int line) {
		return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
	}

	/** Offset of the line's end, before its delimiter. */
	int lineEnd(int line) {
		int end = nextLineStart(line);
		if (end > lineStarts[line] && end <= text.length() && end > 0 && text.charAt(end - 1) == '\n') {
			end--;
			if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
				end--;
			}
		}
		return end;
	}

	int lineCount() {
		return lineStarts.length;
	}

	/** The leading blanks of the line holding an offset. */
	String indentationAt(int offset) {
		int start = lineStart(lineOf(offset));
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** "\r\n" when the text uses it, else "\n". */
	String delimiter() {
		int newline = text.indexOf('\n');
		return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
	}

	/** Whether only blanks lie between the line's start and the offset. */
	boolean onlyBlanksBefore(int offset) {
		for (int i = lineStart(lineOf(offset)); i < offset; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	String text() {
		return text;
	}
}
