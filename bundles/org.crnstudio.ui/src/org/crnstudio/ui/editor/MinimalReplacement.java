package org.crnstudio.ui.editor;

import org.crnstudio.lang.ide.services.TextEdit;

/** The smallest single edit turning one text into another (common prefix and suffix kept), so formatting keeps
 * markers, folding and the caret where the text did not change. */
final class MinimalReplacement {

	private MinimalReplacement() {
	}

	static TextEdit between(String before, String after) {
		int prefix = 0;
		int shorter = Math.min(before.length(), after.length());
		while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < shorter - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		return new TextEdit(prefix, before.length() - prefix - suffix,
				after.substring(prefix, after.length() - suffix));
	}
}
