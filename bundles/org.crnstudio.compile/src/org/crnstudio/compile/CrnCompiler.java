package org.crnstudio.compile;

import java.util.EnumMap;
import java.util.Map;

import org.crnstudio.model.Compilation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.ReactionNetwork;

/**
 * Entry point of the compilers: fills a network declared as {@code crn X = compile Net with construction(...)}
 * in place, so that simulations referring to it see the compiled species and reactions.
 */
public final class CrnCompiler {

	private final Map<Construction, NetworkCompiler> compilers = new EnumMap<>(Construction.class);

	public CrnCompiler() {
		// Each construction registers here.
		compilers.put(Construction.FIXED_POINT, new org.crnstudio.compile.fixedpoint.FixedPointCompiler());
		compilers.put(Construction.RATE_INDEPENDENT, new org.crnstudio.compile.rateindependent.RateIndependentCompiler());
		compilers.put(Construction.NEURAL_CRN, new org.crnstudio.compile.neuralcrn.NeuralCrnCompiler());
		compilers.put(Construction.ONE_POT, new org.crnstudio.compile.onepot.OnePotCompiler());
	}

	/** Whether the network still has to be compiled (declared by compile and not yet filled). */
	public static boolean needsCompiling(ReactionNetwork network) {
		return network.getCompilation() != null && network.getReactions().isEmpty() && network.getSpecies().isEmpty();
	}

	/** Compiles {@code network} in place when it is a compiled declaration not compiled yet; plain networks are left alone. */
	public ReactionNetwork ensureCompiled(ReactionNetwork network) {
		if (needsCompiling(network)) {
			compile(network);
		}
		return network;
	}

	/** Replaces the network's content by what its compilation produces. */
	public void compile(ReactionNetwork network) {
		Compilation compilation = network.getCompilation();
		if (compilation == null) {
			throw new CompilationException("network " + network.getName() + " is not declared by compile", network.getLine());
		}
		if (compilation.getSource() == null) {
			throw new CompilationException("network " + network.getName() + " compiles an unknown model", compilation.getLine());
		}
		NetworkCompiler compiler = compilers.get(compilation.getConstruction());
		if (compiler == null) {
			throw new CompilationException("the " + compilation.getConstruction().getLiteral()
					+ " construction is not available yet (available: " + available() + ")", compilation.getLine());
		}
		network.getSpecies().clear();
		network.getReactions().clear();
		network.getParameters().clear();
		network.getObservables().clear();
		network.getPorts().clear();
		compiler.compile(compilation.getSource(), CompilationOptions.of(compilation), network);
	}

	private String available() {
		return compilers.isEmpty() ? "none" : compilers.keySet().stream().map(Construction::getLiteral)
				.reduce((a, b) -> a + ", " + b).orElse("");
	}
}
