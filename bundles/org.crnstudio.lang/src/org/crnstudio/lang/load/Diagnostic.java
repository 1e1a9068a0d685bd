package org.crnstudio.lang.load;

import java.util.List;
import java.util.Locale;

/**
 * One problem of a .crn file: syntax, an unresolved name or a validation issue. Lines and columns are 1-based.
 * {@code code} is one of org.crnstudio.lang.validation.CrnIssueCodes (or an Xtext code), {@code data} its issue data.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String code,
		List<String> data) {

	public Diagnostic {
		data = data == null ? List.of() : List.copyOf(data);
	}

	/** FILE:LINE:COL: error|warning|info: message */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}
