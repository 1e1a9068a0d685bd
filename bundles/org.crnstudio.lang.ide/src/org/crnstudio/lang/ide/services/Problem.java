package org.crnstudio.lang.ide.services;

import java.util.List;

import org.crnstudio.lang.load.Severity;

/**
 * One problem of a document: syntax, an unresolved name or a validation issue. {@code offset}/{@code length} are
 * character positions in the document's text; {@code line} and {@code column} are 1-based. {@code code} is one of
 * org.crnstudio.lang.validation.CrnIssueCodes, {@code data} its issue data (layout documented there).
 */
public record Problem(Severity severity, int offset, int length, int line, int column, String message, String code,
		List<String> data) {

	public Problem {
		data = data == null ? List.of() : List.copyOf(data);
	}
}
