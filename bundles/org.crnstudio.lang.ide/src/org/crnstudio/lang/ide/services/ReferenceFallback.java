package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;

/**
 * Declarations after "of" and "on" when Xtext's content-assist parser finds no context there: it gives none for
 * "simulation S { of | }" (the referring element is not built while the reference is missing).
 */
final class ReferenceFallback {

	private static final Pattern OWNER = Pattern.compile("\\b(simulation|training)\\b");

	private ReferenceFallback() {
	}

	static List<Completion> complete(CrnDocument document, int offset) {
		String text = document.text();
		File file = document.ast();
		int start = offset;
		while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
			start--;
		}
		String prefix = text.substring(start, offset);
		int wordEnd = start;
		while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
			wordEnd--;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && Character.isJavaIdentifierPart(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String previous = text.substring(wordStart, wordEnd);
		if (file == null || !(previous.equals("of") || previous.equals("on"))) {
			return List.of();
		}
		String owner = "";
		Matcher matcher = OWNER.matcher(text.substring(0, wordStart));
		while (matcher.find()) {
			owner = matcher.group(1);
		}
		List<Completion> completions = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			String name = declaration.getName();
			boolean fits = previous.equals("on") ? declaration instanceof DatasetDef
					: owner.equals("simulation") ? declaration instanceof CrnDef
					: declaration instanceof NnDef || declaration instanceof OdeDef;
			if (fits && name != null && name.startsWith(prefix)) {
				completions.add(new Completion(name, name, start, prefix.length(), CompletionKind.DECLARATION,
						declaration.eClass().getName()));
			}
		}
		return completions;
	}
}
