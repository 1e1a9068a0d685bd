package org.crnstudio.compile;

import org.crnstudio.model.Declaration;
import org.crnstudio.model.ReactionNetwork;

/** One construction: fills a reaction network from a neural network or an ODE model. */
public interface NetworkCompiler {

	/**
	 * Adds to {@code target} (empty of species, reactions, parameters, observables and ports) the network that
	 * {@code source} compiles to, with provenance on every species and reaction, observables for the outputs and
	 * ports for the inputs (and, for training CRNs, the targets).
	 *
	 * @throws CompilationException when the source does not fit the construction or an option is invalid
	 */
	void compile(Declaration source, CompilationOptions options, ReactionNetwork target);
}
