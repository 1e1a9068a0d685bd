package org.crnstudio.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.model.Compilation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;

/**
 * {@code crn C = compile Net with construction(options)} from a network built once: each run compiles into a new
 * reaction network. Output sizes: reactions, and terms (reactant plus product entries, what reduce rewrites).
 */
public record CompileBenchmark(String name, String description, Supplier<NeuralNetwork> network, Construction construction,
		Map<String, String> options) implements Benchmark {

	@Override
	public Operation prepare() {
		NeuralNetwork source = network.get();
		CrnCompiler compiler = new CrnCompiler();
		return new Operation() {
			@Override
			public Object run() {
				ReactionNetwork compiled = declaration(source, construction, options);
				compiler.compile(compiled);
				return compiled;
			}

			@Override
			public List<OutputCount> sizeOf(Object result) {
				ReactionNetwork compiled = (ReactionNetwork) result;
				long terms = 0;
				for (Reaction reaction : compiled.getReactions()) {
					terms += reaction.getReactants().size() + reaction.getProducts().size();
				}
				return List.of(new OutputCount("reactions", compiled.getReactions().size()), new OutputCount("terms", terms),
						new OutputCount("species", compiled.getSpecies().size()));
			}
		};
	}

	/** {@code crn <source>Crn = compile source with construction(options)}, not compiled yet. */
	static ReactionNetwork declaration(NeuralNetwork source, Construction construction, Map<String, String> options) {
		CrnFactory factory = CrnFactory.eINSTANCE;
		ReactionNetwork network = factory.createReactionNetwork();
		network.setName(source.getName() + "Crn");
		Compilation compilation = factory.createCompilation();
		compilation.setConstruction(construction);
		compilation.setSource(source);
		options.forEach((key, literal) -> {
			Option option = factory.createOption();
			option.setName(key);
			option.setLiteral(literal);
			option.setValue(literal.equals("true") ? 1 : literal.equals("false") ? 0 : Double.parseDouble(literal));
			compilation.getOptions().add(option);
		});
		network.setCompilation(compilation);
		return network;
	}
}
