package org.crnstudio.ui.views.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declarations of one keyword (simulation, training) in a .crn text, found by a quick scan (no parse: the
 * launch dialog offers them while the user types), with the line each starts on. No UI.
 */
public final class DeclarationNames {

	/** A declaration: its name and its 1-based first line. */
	public record Found(String name, int line) {
	}

	private DeclarationNames() {
	}

	public static List<Found> in(String keyword, String text) {
		Pattern declaration = Pattern.compile("(?m)^\\s*" + Pattern.quote(keyword) + "\\s+([A-Za-z_][A-Za-z0-9_]*)");
		List<Found> found = new ArrayList<>();
		Matcher matcher = declaration.matcher(text);
		int line = 1;
		int counted = 0;
		while (matcher.find()) {
			for (int i = counted; i < matcher.start(1); i++) {
				line += text.charAt(i) == '\n' ? 1 : 0;
			}
			counted = matcher.start(1);
			found.add(new Found(matcher.group(1), line));
		}
		return found;
	}

	/** The names alone, in order. */
	public static List<String> names(String keyword, String text) {
		return in(keyword, text).stream().map(Found::name).toList();
	}

	/**
	 * The declaration a cursor on {@code line} is in: the last one starting at or before it, provided no other
	 * top-level declaration (a line starting with a keyword at column 0) starts between them. Empty otherwise.
	 */
	public static Optional<String> at(String keyword, String text, int line) {
		Found last = null;
		for (Found found : in(keyword, text)) {
			if (found.line() <= line) {
				last = found;
			}
		}
		if (last == null) {
			return Optional.empty();
		}
		String[] lines = text.split("\n", -1);
		for (int l = last.line(); l < Math.min(line, lines.length); l++) { // lines after the declaration's first
			if (lines[l].matches("(crn|nn|ode|dataset|training|simulation)\\s.*")) {
				return Optional.empty();
			}
		}
		return Optional.of(last.name());
	}
}
