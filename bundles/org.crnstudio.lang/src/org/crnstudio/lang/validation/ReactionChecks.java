package org.crnstudio.lang.validation;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Complex;
import org.crnstudio.lang.ast.Expression;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.Term;
import org.crnstudio.lang.build.Coefficients;
import org.crnstudio.lang.options.KnownOptions;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Reactions of a crn: positive constant rates, a net change, rate counts, well-formed complexes; function calls. */
public class ReactionChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void rateIsPositive(Reaction reaction) {
		checkRate(reaction, reaction.getRate(), AST.getReaction_Rate(), "rate constant");
		checkRate(reaction, reaction.getReverseRate(), AST.getReaction_ReverseRate(), "reverse rate constant");
	}

	private void checkRate(Reaction reaction, Expression rate, EReference feature, String what) {
		OptionalDouble value = ConstantValue.of(rate);
		if (value.isPresent() && !(value.getAsDouble() > 0)) {
			error("The " + what + " of reaction " + text(reaction) + " is " + value.getAsDouble()
					+ "; a rate constant must be positive (> 0)", reaction, feature, CrnIssueCodes.NON_POSITIVE_RATE,
					Double.toString(value.getAsDouble()));
		}
	}

	@Check
	public void rateCountFitsArrow(Reaction reaction) {
		if (reaction.isReversible() && reaction.getReverseRate() == null) {
			error("Reversible reaction " + text(reaction) + " needs two rates: @ kf, kr", reaction,
					AST.getReaction_Rate(), CrnIssueCodes.MISSING_REVERSE_RATE);
		}
		if (!reaction.isReversible() && reaction.getReverseRate() != null) {
			error("Reaction " + text(reaction) + " has a reverse rate but is not reversible: write <-> or drop the second rate",
					reaction, AST.getReaction_ReverseRate(), CrnIssueCodes.UNEXPECTED_REVERSE_RATE);
		}
	}

	@Check
	public void reactionChangesSomething(Reaction reaction) {
		Map<String, Integer> left = counts(reaction.getLhs());
		Map<String, Integer> right = counts(reaction.getRhs());
		if (left != null && right != null && left.equals(right)) {
			error("Reaction " + text(reaction) + " changes nothing: both sides are the same; change one side or remove it",
					reaction, null, CrnIssueCodes.NO_NET_CHANGE, text(reaction));
		}
	}

	@Check
	public void complexIsWellFormed(Complex complex) {
		if (complex.getTerms().isEmpty() && complex.getZero() != 0) {
			error("The empty side of a reaction is written 0, not " + complex.getZero(), complex, AST.getComplex_Zero(),
					CrnIssueCodes.EMPTY_COMPLEX, Double.toString(complex.getZero()));
		}
		for (Term term : complex.getTerms()) {
			if (Coefficients.writtenZero(term)) {
				error("Coefficient 0 of " + NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(term))
						+ ": a stoichiometric coefficient must be at least 1 (leave the species out instead)", term,
						AST.getTerm_Coefficient(), CrnIssueCodes.ZERO_COEFFICIENT, name(term));
			}
		}
	}

	@Check
	public void functionIsKnown(FunctionCall call) {
		Integer arity = KnownOptions.FUNCTIONS.get(call.getFunction());
		if (arity == null) {
			String valid = String.join(", ", new java.util.TreeSet<>(KnownOptions.FUNCTIONS.keySet()));
			error("Unknown function " + call.getFunction() + "; valid functions are " + valid, call,
					AST.getFunctionCall_Function(), CrnIssueCodes.UNKNOWN_FUNCTION,
					prepend(call.getFunction(), KnownOptions.FUNCTIONS.keySet().stream().sorted().toArray(String[]::new)));
		} else if (arity != call.getArguments().size()) {
			error("Function " + call.getFunction() + " takes " + arity + (arity == 1 ? " argument" : " arguments")
					+ ", found " + call.getArguments().size(), call, AST.getFunctionCall_Function(),
					CrnIssueCodes.FUNCTION_ARITY, call.getFunction(), Integer.toString(arity));
		}
	}

	@Check
	public void initialIsNotNegative(SpeciesDecl species) {
		if (species.getInitial() < 0) {
			error("Initial concentration of " + species.getName() + " is " + species.getInitial()
					+ "; concentrations must be at least 0", species, AST.getSpeciesDecl_Initial(),
					CrnIssueCodes.NEGATIVE_INITIAL, species.getName(), Double.toString(species.getInitial()));
		}
	}

	/** Net amounts per species name, or null when a species did not resolve. */
	private static Map<String, Integer> counts(Complex complex) {
		Map<String, Integer> counts = new TreeMap<>();
		if (complex == null) {
			return null;
		}
		for (Term term : complex.getTerms()) {
			if (term.getSpecies() == null || term.getSpecies().eIsProxy()) {
				return null;
			}
			counts.merge(term.getSpecies().getName(), Coefficients.of(term), Integer::sum);
		}
		return counts;
	}

	private static String name(Term term) {
		return term.getSpecies() == null || term.getSpecies().eIsProxy() ? "" : term.getSpecies().getName();
	}

	/** The reaction as written, without label, rate and comments. */
	static String text(Reaction reaction) {
		return side(reaction.getLhs()) + (reaction.isReversible() ? " <-> " : " -> ") + side(reaction.getRhs());
	}

	private static String side(Complex complex) {
		if (complex == null) {
			return "?";
		}
		if (complex.getTerms().isEmpty()) {
			return "0";
		}
		return String.join(" + ", complex.getTerms().stream()
				.map(t -> NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(t))).toList());
	}

	static String[] prepend(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}
}
