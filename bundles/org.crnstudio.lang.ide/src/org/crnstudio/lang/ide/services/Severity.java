package org.crnstudio.lang.ide.services;

/** How bad a problem is (the editor's marker severity). */
public enum Severity {
	ERROR, WARNING, INFO
}
