package org.crnstudio.lang.ide.services;

/** Plain text (several lines) about the name at {@code offset}..{@code offset + length}. */
public record HoverText(int offset, int length, String text) {
}
