package org.crnstudio.ui.wizards;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crnstudio.lang.ide.services.Template;

/**
 * The text of a new .crn file: the language's "crn" template with its placeholders filled in (the declaration named
 * after the file, every other placeholder by its own name, the cursor mark removed).
 */
public final class StarterContent {

	static final String TEMPLATE = "crn";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\\}");

	private StarterContent() {
	}

	/** The starter text for a file whose network is called {@code networkName}. */
	public static String forNetwork(String networkName, List<Template> templates) {
		String pattern = templates.stream().filter(t -> TEMPLATE.equals(t.name())).map(Template::pattern).findFirst()
				.orElse("crn ${name} {\n    ${cursor}\n}\n");
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			String variable = matcher.group(1);
			String value = switch (variable) {
				case "cursor" -> "";
				case "name", "Name" -> networkName;
				default -> variable;
			};
			matcher.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(text);
		String result = text.toString().replace("$$", "$");
		return result.endsWith("\n") ? result : result + "\n";
	}

	/** A valid network name from a file name: letters, digits and underscores, starting with a capital. */
	public static String networkName(String fileName) {
		String base = fileName.endsWith(".crn") ? fileName.substring(0, fileName.length() - 4) : fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Network");
		}
		return name.toString();
	}
}
