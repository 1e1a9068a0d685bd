package org.crnstudio.lang.ide.services;

/**
 * A content-assist proposal: replace {@code replaceLength} characters at {@code replaceOffset} (the prefix typed so
 * far) by {@code insertText}. {@code detail} says what the proposal is (a value, an option's meaning), or "".
 */
public record Completion(String label, String insertText, int replaceOffset, int replaceLength, CompletionKind kind,
		String detail) {
}
