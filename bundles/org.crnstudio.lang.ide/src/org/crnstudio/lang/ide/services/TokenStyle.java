package org.crnstudio.lang.ide.services;

/**
 * Styles of the highlighting: lexical ones (from the lexer) and semantic ones (what a name denotes). NETWORK is a
 * crn's name, NEURAL_NETWORK an nn's, ODE_MODEL an ode's; DECLARATION the names of trainings, simulations,
 * observables and outputs.
 */
public enum TokenStyle {
	KEYWORD, NUMBER, STRING, COMMENT, OPERATOR, LABEL, SPECIES, PARAMETER, NETWORK, NEURAL_NETWORK, ODE_MODEL, LAYER,
	INPUT, STATE, DATASET, DECLARATION
}
