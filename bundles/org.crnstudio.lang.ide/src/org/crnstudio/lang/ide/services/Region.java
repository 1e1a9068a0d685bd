package org.crnstudio.lang.ide.services;

/** A range of characters of a document's text. */
public record Region(int offset, int length) {

	public int end() {
		return offset + length;
	}
}
