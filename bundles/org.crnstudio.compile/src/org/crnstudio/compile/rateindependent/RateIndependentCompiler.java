package org.crnstudio.compile.rateindependent;

import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkCompiler;
import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.ReactionNetwork;

/**
 * The rate-independent construction of seed 004 (constructions.md section 4): a binary-weight ReLU network with
 * a linear output layer becomes a CRN whose static equilibrium is the network's output for any positive rates.
 * Steps: NNCompile (Algorithm 1), then optionally reduce (Algorithm 2), then optionally the waste reactions.
 */
public final class RateIndependentCompiler implements NetworkCompiler {

	private static final String CONSTRUCTION = "rate_independent";

	@Override
	public void compile(Declaration source, CompilationOptions options, ReactionNetwork target) {
		RateIndependentOptions settings = RateIndependentOptions.read(options);
		build(DenseNetwork.of(source, CONSTRUCTION), settings, new NetworkBuilder(target, Construction.RATE_INDEPENDENT));
	}

	public void build(DenseNetwork network, RateIndependentOptions options, NetworkBuilder builder) {
		DraftNetwork draft = NnCompile.compile(network, options.binarize());
		if (options.reduce()) {
			Reduction.reduce(draft);
		}
		if (options.waste()) {
			WasteReactions.add(draft);
		}
		new NetworkWriter(builder).write(draft, options.rate());
	}
}
