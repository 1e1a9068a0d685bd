package org.crnstudio.lang.ide.services;

/** Replace {@code length} characters at {@code offset} (in the original text) by {@code text}. */
public record TextEdit(int offset, int length, String text) {
}
