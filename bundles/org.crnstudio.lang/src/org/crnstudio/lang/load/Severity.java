package org.crnstudio.lang.load;

/** How bad a diagnostic is. */
public enum Severity {
	ERROR, WARNING, INFO
}
