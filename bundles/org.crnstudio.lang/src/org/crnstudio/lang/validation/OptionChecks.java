package org.crnstudio.lang.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.crnstudio.lang.ast.Arguments;
import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Call;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.MethodItem;
import org.crnstudio.lang.ast.NoiseItem;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.ast.UntilItem;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Calls name a known activation, construction or method, and give only its options, with fitting values. */
public class OptionChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void callIsKnown(Call call) {
		EObject owner = call.eContainer();
		switch (owner) {
			case Layer layer -> known(call, KnownOptions.ACTIVATIONS, "activation", CrnIssueCodes.UNKNOWN_ACTIVATION);
			case CrnDef crn -> known(call, KnownOptions.CONSTRUCTIONS, "construction", CrnIssueCodes.UNKNOWN_CONSTRUCTION);
			case TrainingDef training -> known(call, KnownOptions.TRAINING_METHODS, "training method", CrnIssueCodes.UNKNOWN_METHOD);
			case MethodItem method -> known(call, KnownOptions.SIMULATION_METHODS, "simulation method", CrnIssueCodes.UNKNOWN_METHOD);
			case DatasetDef data -> known(call, KnownOptions.TARGET_ENCODINGS, "target encoding", CrnIssueCodes.UNKNOWN_METHOD);
			default -> {
			}
		}
	}

	@Check
	public void optionsAreKnown(Arguments arguments) {
		EObject owner = arguments.eContainer();
		String ownerName;
		List<OptionSpec> specs;
		if (owner instanceof Call call) {
			ownerName = call.getName();
			specs = specsOf(call);
		} else if (owner instanceof NoiseItem) {
			ownerName = "noise";
			specs = KnownOptions.NOISE;
		} else if (owner instanceof UntilItem) {
			ownerName = "steady";
			specs = KnownOptions.STEADY;
		} else {
			return;
		}
		if (specs == null) {
			return; // the unknown call is reported by callIsKnown
		}
		Set<String> seen = new HashSet<>();
		for (Option option : arguments.getOptions()) {
			Optional<OptionSpec> spec = KnownOptions.find(specs, option.getName());
			if (spec.isEmpty()) {
				String[] valid = specs.stream().map(OptionSpec::name).toArray(String[]::new);
				error("Unknown option " + option.getName() + " of " + ownerName + "; valid options: "
						+ KnownOptions.names(specs), option, AST.getOption_Name(), CrnIssueCodes.UNKNOWN_OPTION,
						ReactionChecks.prepend(option.getName(), ReactionChecks.prepend(ownerName, valid)));
				continue;
			}
			if (!seen.add(option.getName())) {
				error("Option " + option.getName() + " of " + ownerName + " is given twice", option,
						AST.getOption_Name(), CrnIssueCodes.DUPLICATE_OPTION, option.getName(), ownerName);
				continue;
			}
			String problem = valueProblem(spec.get(), option);
			if (problem != null) {
				error("Option " + option.getName() + " of " + ownerName + ": " + problem, option, AST.getOption_Name(),
						CrnIssueCodes.INVALID_OPTION_VALUE, option.getName(), ownerName);
			}
		}
	}

	/** The options of what a call names, or null when the name is unknown. */
	static List<OptionSpec> specsOf(Call call) {
		Map<String, List<OptionSpec>> table = switch (call.eContainer()) {
			case Layer layer -> KnownOptions.ACTIVATIONS;
			case CrnDef crn -> KnownOptions.CONSTRUCTIONS;
			case TrainingDef training -> KnownOptions.TRAINING_METHODS;
			case MethodItem method -> KnownOptions.SIMULATION_METHODS;
			case DatasetDef data -> KnownOptions.TARGET_ENCODINGS;
			default -> Map.of();
		};
		return table.get(call.getName());
	}

	private void known(Call call, Map<String, List<OptionSpec>> table, String what, String code) {
		if (!table.containsKey(call.getName())) {
			String[] valid = new TreeSet<>(table.keySet()).toArray(String[]::new);
			error("Unknown " + what + " " + call.getName() + "; valid: " + String.join(", ", valid), call,
					AST.getCall_Name(), code, ReactionChecks.prepend(call.getName(), valid));
		}
	}

	private static String valueProblem(OptionSpec spec, Option option) {
		boolean flag = !option.isAssigned();
		String word = option.getWord();
		double value = option.getValue();
		return switch (spec.kind()) {
			case FLAG -> flag || "true".equals(word) || "false".equals(word) ? null
					: "expected true or false (or the name alone for true), found " + shown(option);
			case WORD -> {
				Set<String> words = KnownOptions.WORDS.getOrDefault(spec.name(), Set.of());
				yield word != null && words.contains(word) ? null
						: "expected one of " + String.join(", ", new TreeSet<>(words)) + ", found " + shown(option);
			}
			case NUMBER -> number(flag, word) ? null : "expected a number, found " + shown(option);
			case POSITIVE -> number(flag, word) && value > 0 ? null : "expected a number > 0, found " + shown(option);
			case NON_NEGATIVE -> number(flag, word) && value >= 0 ? null : "expected a number >= 0, found " + shown(option);
			case COUNT -> number(flag, word) && value >= 1 && value == Math.rint(value) ? null
					: "expected a whole number >= 1, found " + shown(option);
		};
	}

	private static boolean number(boolean flag, String word) {
		return !flag && word == null;
	}

	private static String shown(Option option) {
		if (!option.isAssigned()) {
			return "no value";
		}
		return option.getWord() != null ? option.getWord() : Double.toString(option.getValue());
	}
}
