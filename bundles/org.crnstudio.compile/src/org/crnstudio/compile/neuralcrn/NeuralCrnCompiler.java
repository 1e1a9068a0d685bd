package org.crnstudio.compile.neuralcrn;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkCompiler;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.ReactionNetwork;

/**
 * The Neural CRN construction (seed 003): an {@code ode} model becomes a training CRN in two clock phases,
 * C1 (N1 forward evolution, N4 parameter update) and C2 (N2 adjoint loading, N3 adjoint/gradient evolution).
 * Reactions carry their phase in {@code Reaction.phase}; the phase schedule switches every T. See
 * docs/neural_crn.md for names, options and the choices the paper leaves open.
 */
public final class NeuralCrnCompiler implements NetworkCompiler {

	@Override
	public void compile(Declaration source, CompilationOptions options, ReactionNetwork target) {
		if (!(source instanceof OdeModel model)) {
			throw new CompilationException("neural_crn compiles an ode model, but " + source.getName()
					+ " is not one (compile a neural network with fixed_point, rate_independent or one_pot)", options.line());
		}
		NeuralCrnSettings settings = NeuralCrnSettings.of(options);
		OdeSystem system = OdeSystem.of(model);
		int line = model.getLine() > 0 ? model.getLine() : options.line();
		if (system.equations().isEmpty()) {
			throw new CompilationException("ode " + model.getName()
					+ " has no states for neural_crn to evolve (declare a state z and its equation z' = ...)", line);
		}
		if (system.outputs().isEmpty()) {
			throw new CompilationException("ode " + model.getName()
					+ " has no output for neural_crn to train (declare output yhat = a sum of states)", line);
		}
		new NeuralCrnAssembly(system, settings, new NetworkBuilder(target, Construction.NEURAL_CRN)).build();
	}

	/** The phase duration T a compiled Neural CRN was compiled with (1 when not given or not a Neural CRN). */
	public static double phaseDuration(ReactionNetwork network) {
		if (network.getCompilation() == null || network.getCompilation().getConstruction() != Construction.NEURAL_CRN) {
			return 1;
		}
		return CompilationOptions.of(network.getCompilation()).positive("T", 1);
	}
}
