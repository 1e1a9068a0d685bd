package org.crnstudio.lang.load;

/** How bad a diagnostic is: of a loaded file, of an editor's document (its marker), of a command line check. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** Xtext's severity of an issue as ours (Xtext's IGNORE, never reported, reads as INFO). */
	public static Severity of(org.eclipse.xtext.diagnostics.Severity xtext) {
		return switch (xtext) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}
