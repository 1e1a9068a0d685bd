package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits made to a document after a given version, so ranges computed for that version can be mapped onto the
 * current text until the next reconcile: typing then keeps the colours of the rest of the line.
 */
final class EditLog {

	private record Edit(long stamp, int offset, int removed, int inserted) {
	}

	private final List<Edit> edits = new ArrayList<>();

	synchronized void add(long stamp, int offset, int removed, int inserted) {
		edits.add(new Edit(stamp, offset, removed, inserted));
	}

	/** Forgets the edits already contained in the document version {@code stamp}. */
	synchronized void dropUpTo(long stamp) {
		edits.removeIf(edit -> edit.stamp() <= stamp);
	}

	/** Edits made after version {@code stamp}, oldest first. */
	synchronized Mapping since(long stamp) {
		return new Mapping(edits.stream().filter(edit -> edit.stamp() > stamp).toList());
	}

	/** Maps offsets of an old version to the current one through a sequence of edits. */
	static final class Mapping {
		private final List<Edit> edits;

		private Mapping(List<Edit> edits) {
			this.edits = edits;
		}

		boolean isIdentity() {
			return edits.isEmpty();
		}

		/** The current offset of old range [offset, offset + length), or -1 if an edit touched it. */
		int forward(int offset, int length) {
			int start = offset;
			for (Edit edit : edits) {
				int editEnd = edit.offset() + edit.removed();
				if (start + length <= edit.offset()) {
					continue;
				}
				if (start >= editEnd && !(edit.removed() == 0 && start == edit.offset())) {
					start += edit.inserted() - edit.removed();
				} else {
					return -1;
				}
			}
			return start;
		}

		/** An old offset at or before current offset {@code offset} (conservative: widens toward the start). */
		int backwardStart(int offset) {
			int result = offset;
			for (int i = edits.size() - 1; i >= 0; i--) {
				Edit edit = edits.get(i);
				if (result >= edit.offset() + edit.inserted()) {
					result -= edit.inserted() - edit.removed();
				} else if (result > edit.offset()) {
					result = edit.offset();
				}
			}
			return Math.max(0, result);
		}

		/** An old offset at or after current offset {@code offset} (conservative: widens toward the end). */
		int backwardEnd(int offset) {
			int result = offset;
			for (int i = edits.size() - 1; i >= 0; i--) {
				Edit edit = edits.get(i);
				if (result >= edit.offset() + edit.inserted()) {
					result -= edit.inserted() - edit.removed();
				} else if (result > edit.offset()) {
					result = edit.offset() + edit.removed();
				}
			}
			return result;
		}
	}
}
