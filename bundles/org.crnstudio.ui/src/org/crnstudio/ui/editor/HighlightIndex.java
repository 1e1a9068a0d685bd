package org.crnstudio.ui.editor;

import java.util.List;

import org.crnstudio.lang.ide.services.HighlightedRange;
import org.crnstudio.lang.ide.services.TokenStyle;

/** The highlighted ranges of one document version in flat sorted arrays, for fast look-up of a region's ranges. */
final class HighlightIndex {

	/** Receives one range. */
	interface RangeConsumer {
		void accept(int offset, int length, TokenStyle style);
	}

	static final HighlightIndex EMPTY = new HighlightIndex(List.of());

	private final int[] offsets;
	private final int[] lengths;
	private final TokenStyle[] styles;

	HighlightIndex(List<HighlightedRange> ranges) {
		int n = ranges.size();
		offsets = new int[n];
		lengths = new int[n];
		styles = new TokenStyle[n];
		for (int i = 0; i < n; i++) {
			HighlightedRange range = ranges.get(i);
			offsets[i] = range.offset();
			lengths[i] = range.length();
			styles[i] = range.style();
		}
	}

	int size() {
		return offsets.length;
	}

	/** Calls {@code consumer} for every range that starts in [start, end), in order. */
	void forEachStartingIn(int start, int end, RangeConsumer consumer) {
		for (int i = firstAtOrAfter(start); i < offsets.length && offsets[i] < end; i++) {
			consumer.accept(offsets[i], lengths[i], styles[i]);
		}
	}

	private int firstAtOrAfter(int offset) {
		int low = 0;
		int high = offsets.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (offsets[mid] < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
