package org.crnstudio.lang.ide.services;

/** A range of the text shown in one style. */
public record HighlightedRange(int offset, int length, TokenStyle style) {
}
