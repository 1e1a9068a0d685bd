package org.crnstudio.lang.print;

import java.util.List;

import org.crnstudio.lang.CrnStandaloneSetup;
import org.crnstudio.model.Compilation;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Option;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;

/**
 * Prints a reaction network (plain, or compiled with its species and reactions filled in) in the language's own
 * {@code crn Name { ... }} syntax, so that it parses back to the same network: species and initial values,
 * parameters, observables, reactions with labels, coefficients, rates, reversibility and phases. Names that are
 * keywords are escaped with ^. A compiled network not filled in yet prints as its compile declaration.
 * Ports and provenance have no syntax and are not printed.
 */
public final class CrnTextWriter {

	private static final String INDENT = "    ";

	private final IValueConverterService converters;
	private final ExpressionPrinter expressions;

	public CrnTextWriter() {
		this(CrnStandaloneSetup.sharedInjector().getInstance(IValueConverterService.class));
	}

	public CrnTextWriter(IValueConverterService converters) {
		this.converters = converters;
		this.expressions = new ExpressionPrinter(this::name);
	}

	public String write(ReactionNetwork network) {
		StringBuilder out = new StringBuilder();
		Compilation compilation = network.getCompilation();
		if (compilation != null && network.getSpecies().isEmpty() && network.getReactions().isEmpty()) {
			return writeCompileDeclaration(network, compilation);
		}
		out.append("crn ").append(name(network.getName())).append(" {\n");
		for (Parameter parameter : network.getParameters()) {
			out.append(INDENT).append("parameter ").append(name(parameter.getName())).append(" = ")
					.append(ExpressionPrinter.number(parameter.getValue()));
			out.append(parameter.isPositive() ? " : positive\n" : "\n");
		}
		for (Species species : network.getSpecies()) {
			out.append(INDENT).append("species ").append(name(species.getName())).append(" = ")
					.append(ExpressionPrinter.number(species.getInitial())).append('\n');
		}
		for (Observable observable : network.getObservables()) {
			out.append(INDENT).append("observable ").append(name(observable.getName())).append(" = ")
					.append(expressions.print(observable.getExpression())).append('\n');
		}
		for (Reaction reaction : network.getReactions()) {
			out.append(INDENT).append(reaction(reaction)).append('\n');
		}
		return out.append("}\n").toString();
	}

	private String reaction(Reaction reaction) {
		StringBuilder out = new StringBuilder();
		if (reaction.getLabel() != null && !reaction.getLabel().isEmpty()) {
			out.append(name(reaction.getLabel())).append(": ");
		}
		out.append(side(reaction.getReactants(), reaction)).append(reaction.isReversible() ? " <-> " : " -> ")
				.append(side(reaction.getProducts(), reaction)).append(" @ ");
		if (reaction.getRate() == null) {
			throw new IllegalArgumentException("Reaction on line " + reaction.getLine() + " has no rate");
		}
		out.append(expressions.print(reaction.getRate()));
		if (reaction.isReversible()) {
			if (reaction.getReverseRate() == null) {
				throw new IllegalArgumentException("Reversible reaction on line " + reaction.getLine() + " has no reverse rate");
			}
			out.append(", ").append(expressions.print(reaction.getReverseRate()));
		}
		if (reaction.getPhase() != null && !reaction.getPhase().isEmpty()) {
			out.append(" when ").append(name(reaction.getPhase()));
		}
		return out.toString();
	}

	private String side(List<Term> terms, Reaction reaction) {
		if (terms.isEmpty()) {
			return "0";
		}
		StringBuilder out = new StringBuilder();
		for (Term term : terms) {
			if (term.getCoefficient() < 1 || term.getSpecies() == null) {
				throw new IllegalArgumentException("Reaction on line " + reaction.getLine()
						+ " has a term without species or with a coefficient below 1");
			}
			out.append(out.length() == 0 ? "" : " + ");
			if (term.getCoefficient() > 1) {
				out.append(term.getCoefficient()).append(' ');
			}
			out.append(name(term.getSpecies().getName()));
		}
		return out.toString();
	}

	private String writeCompileDeclaration(ReactionNetwork network, Compilation compilation) {
		if (compilation.getSource() == null) {
			throw new IllegalArgumentException("Compiled network " + network.getName() + " has no source model");
		}
		StringBuilder out = new StringBuilder("crn ").append(name(network.getName())).append(" = compile ")
				.append(name(compilation.getSource().getName())).append(" with ")
				.append(compilation.getConstruction().getLiteral()).append('(');
		for (int i = 0; i < compilation.getOptions().size(); i++) {
			Option option = compilation.getOptions().get(i);
			out.append(i == 0 ? "" : ", ").append(name(option.getName())).append(" = ");
			out.append(option.getLiteral() != null ? option.getLiteral() : ExpressionPrinter.number(option.getValue()));
		}
		return out.append(")\n").toString();
	}

	/** An identifier, escaped with ^ when it is a keyword. */
	private String name(String name) {
		try {
			return converters.toString(name, "ID");
		} catch (ValueConverterException e) {
			throw new IllegalArgumentException("'" + name + "' cannot be written as a name: names are letters, digits and _, "
					+ "not starting with a digit", e);
		}
	}
}
