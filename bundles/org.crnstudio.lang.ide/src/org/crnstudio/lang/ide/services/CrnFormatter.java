package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Formats a file token by token, so that the tokens (and hence the model) never change: four spaces per open brace,
 * one more for continuation lines (inside brackets, or starting with weights or bias), one space around arrows,
 * '@' and '=', after commas and before '{', none inside brackets; other gaps become one space or none as they were. Comments are
 * kept (a trailing comment keeps its distance), at most one blank line in a row, one line break at the end.
 */
final class CrnFormatter {

	private static final String INDENT = "    ";
	private static final Set<String> SPACED = Set.of("->", "<->", "@", "=");
	private static final Set<String> CONTINUATIONS = Set.of("weights", "bias");

	private final Injector injector;

	CrnFormatter(Injector injector) {
		this.injector = injector;
	}

	Optional<String> format(CrnDocument document) {
		if (document.hasSyntaxErrors()) {
			return Optional.empty();
		}
		return Optional.of(format(document.text(), document.source().delimiter()));
	}

	/** One source line: its tokens and the whitespace written before each (within the line). */
	private record Line(List<String> tokens, List<String> gaps, int blankLinesBefore) {
	}

	private String format(String text, String delimiter) {
		StringBuilder out = new StringBuilder();
		int braces = 0;
		int brackets = 0;
		for (Line line : lines(text)) {
			if (out.length() > 0 && line.blankLinesBefore() > 0) {
				out.append(delimiter);
			}
			String first = line.tokens().get(0);
			int depth = Math.max(0, braces - (first.equals("}") ? 1 : 0));
			boolean continuation = brackets > 0 || CONTINUATIONS.contains(first);
			out.append(INDENT.repeat(depth + (continuation ? 1 : 0)));
			for (int i = 0; i < line.tokens().size(); i++) {
				String token = line.tokens().get(i);
				if (i > 0) {
					out.append(gap(line.tokens().get(i - 1), token, line.gaps().get(i)));
				}
				out.append(token);
				switch (token) {
					case "{" -> braces++;
					case "}" -> braces = Math.max(0, braces - 1);
					case "(", "[" -> brackets++;
					case ")", "]" -> brackets = Math.max(0, brackets - 1);
					default -> {
					}
				}
			}
			out.append(delimiter);
		}
		return out.toString();
	}

	private static String gap(String previous, String token, String written) {
		if (token.startsWith("//") || token.startsWith("/*")) {
			return written.isEmpty() ? " " : written; // trailing comments keep their alignment
		}
		if (token.equals(",") || token.equals(")") || token.equals("]") || token.equals("'")
				|| previous.equals("(") || previous.equals("[")) {
			return "";
		}
		if (token.equals("(") && isWord(previous)) {
			return ""; // a call: dense(, fixed_point(, sqrt(
		}
		if (previous.equals(",") || SPACED.contains(token) || SPACED.contains(previous) || token.equals("{")) {
			return " ";
		}
		return written.isEmpty() ? "" : " ";
	}

	private static boolean isWord(String token) {
		return !token.isEmpty() && (Character.isLetterOrDigit(token.charAt(0)) || token.charAt(0) == '_');
	}

	/** The text's non-blank lines as tokens; a block comment over several lines stays one token. */
	private List<Line> lines(String text) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Line> lines = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		List<String> gaps = new ArrayList<>();
		int blankLines = 0;
		String gap = "";
		int newlines = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			String value = token.getText();
			if (value.isBlank()) {
				int breaks = (int) value.chars().filter(c -> c == '\n').count();
				newlines += breaks;
				gap = breaks > 0 ? "" : value;
				continue;
			}
			boolean lineComment = value.startsWith("//");
			if (lineComment) {
				value = value.stripTrailing(); // its token holds the line break
			}
			if (newlines > 0 && !tokens.isEmpty()) {
				lines.add(new Line(tokens, gaps, blankLines));
				tokens = new ArrayList<>();
				gaps = new ArrayList<>();
			}
			if (tokens.isEmpty()) {
				blankLines = Math.max(0, newlines - 1);
				gap = "";
			}
			tokens.add(value);
			gaps.add(gap);
			gap = "";
			newlines = lineComment ? 1 : 0;
		}
		if (!tokens.isEmpty()) {
			lines.add(new Line(tokens, gaps, blankLines));
		}
		return lines;
	}
}
