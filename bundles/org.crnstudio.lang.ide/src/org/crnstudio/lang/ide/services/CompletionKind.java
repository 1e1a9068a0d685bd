package org.crnstudio.lang.ide.services;

/** What a completion proposes (for its icon). */
public enum CompletionKind {
	KEYWORD, SPECIES, PARAMETER, DECLARATION, CONSTRUCTION, OPTION, ACTIVATION, METHOD, LAYER, INPUT, TEMPLATE
}
