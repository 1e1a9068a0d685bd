package org.crnstudio.lang.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.lang.ast.Arguments;
import org.crnstudio.lang.ast.Call;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.MethodItem;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.NoiseItem;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.SetValues;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.ast.UntilItem;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;

/**
 * Proposals beyond Xtext's keywords and cross references: construction, activation and method names with their
 * options (from KnownOptions), and the input, species and series names a simulation may use. Each entry's kind is
 * {@code crn:<CompletionKind>} so that the services can give it an icon.
 */
public class CrnContentProposals extends IdeContentProposalProvider {

	/** Prefix of entry kinds set here; the rest of the kind is a CompletionKind name. */
	public static final String KIND_PREFIX = "crn:";

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		// punctuation is typed, not chosen
		return Character.isLetter(keyword.getValue().charAt(0));
	}

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Assignment assignment = GrammarUtil.containingAssignment(reference);
		String feature = assignment == null ? "" : assignment.getFeature();
		ParserRule rule = GrammarUtil.containingParserRule(reference);
		String ruleName = rule == null ? "" : rule.getName();
		return description -> fits(description.getEClass(), ruleName, feature);
	}

	/** compile and training name an nn or ode, training a dataset, a simulation a crn. */
	private static boolean fits(EClass type, String rule, String feature) {
		String name = type.getName();
		return switch (rule + "." + feature) {
			case "CrnDef.source", "TrainingDef.model" -> name.equals("NnDef") || name.equals("OdeDef");
			case "TrainingDef.dataset" -> name.equals("DatasetDef");
			case "SimulationDef.network" -> name.equals("CrnDef");
			default -> true;
		};
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		EReference feature = GrammarUtil.getReference(reference);
		EObject model = context.getCurrentModel();
		boolean declaration = feature != null && feature.getEReferenceType().getName().equals("Declaration");
		if (declaration && (model == null || !feature.getEContainingClass().isSuperTypeOf(model.eClass()))) {
			// the parser recovered without creating the referring element (e.g. "of" before a "}"): propose from the file
			proposeDeclarations(reference, context, acceptor);
			return;
		}
		super._createProposals(reference, context, acceptor);
	}

	private void proposeDeclarations(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!(context.getRootModel() instanceof File file)) {
			return;
		}
		Assignment assignment = GrammarUtil.containingAssignment(reference);
		ParserRule rule = GrammarUtil.containingParserRule(reference);
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration.getName() != null && fits(declaration.eClass(), rule.getName(), assignment.getFeature())) {
				accept(declaration.getName(), declaration.getName(), "DECLARATION", declaration.eClass().getName(),
						context, acceptor);
			}
		}
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ParserRule rule = GrammarUtil.containingParserRule(assignment);
		String where = (rule == null ? "" : rule.getName()) + "." + assignment.getFeature();
		EObject model = context.getCurrentModel();
		switch (where) {
			case "Call.name" -> callNames(model, context, acceptor);
			case "Option.name" -> optionNames(model, context, acceptor);
			case "Option.word" -> optionWords(model, context, acceptor);
			case "Assignment.name" -> simulationNames(model, context, acceptor);
			case "PlotItem.names" -> {
				SimulationDef simulation = simulation(model);
				if (simulation != null) {
					propose(NetworkNames.series(simulation.getNetwork()), "SPECIES", "series", context, acceptor);
				}
			}
			default -> super._createProposals(assignment, context, acceptor);
		}
	}

	private void callNames(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EObject owner = model instanceof Call call ? call.eContainer() : model;
		switch (owner) {
			case Layer layer -> proposeCalls(KnownOptions.ACTIVATIONS, "ACTIVATION", "activation", context, acceptor);
			case NnDef nn -> proposeCalls(KnownOptions.ACTIVATIONS, "ACTIVATION", "activation", context, acceptor);
			case CrnDef crn -> proposeCalls(KnownOptions.CONSTRUCTIONS, "CONSTRUCTION", "construction", context, acceptor);
			case TrainingDef training -> proposeCalls(KnownOptions.TRAINING_METHODS, "METHOD", "training method", context, acceptor);
			case MethodItem method -> proposeCalls(KnownOptions.SIMULATION_METHODS, "METHOD", "simulation method", context, acceptor);
			case SimulationDef simulation -> proposeCalls(KnownOptions.SIMULATION_METHODS, "METHOD", "simulation method", context, acceptor);
			default -> {
			}
		}
	}

	private void proposeCalls(Map<String, List<OptionSpec>> table, String kind, String what,
			ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (Map.Entry<String, List<OptionSpec>> call : table.entrySet()) {
			String options = KnownOptions.names(call.getValue());
			accept(call.getKey(), call.getKey(), kind, what + (call.getValue().isEmpty() ? "" : "; options: " + options),
					context, acceptor);
		}
	}

	private void optionNames(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		List<OptionSpec> specs = optionSpecs(model);
		if (specs == null) {
			return;
		}
		Set<String> given = new HashSet<>();
		Arguments arguments = arguments(model);
		if (arguments != null) {
			for (Option option : arguments.getOptions()) {
				if (option != model) {
					given.add(option.getName());
				}
			}
		}
		for (OptionSpec spec : specs) {
			if (given.contains(spec.name())) {
				continue;
			}
			String value = spec.kind() == OptionSpec.Kind.FLAG ? "true" : spec.defaultValue();
			accept(spec.name(), spec.name() + " = " + value, "OPTION",
					spec.meaning() + " (default " + spec.defaultValue() + ")", context, acceptor);
		}
	}

	private void optionWords(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (model instanceof Option option) {
			for (String word : KnownOptions.WORDS.getOrDefault(option.getName(), Set.of())) {
				accept(word, word, "KEYWORD", "value of " + option.getName(), context, acceptor);
			}
			List<OptionSpec> specs = optionSpecs(option);
			if (specs != null && KnownOptions.find(specs, option.getName())
					.filter(s -> s.kind() == OptionSpec.Kind.FLAG).isPresent()) {
				accept("true", "true", "KEYWORD", "", context, acceptor);
				accept("false", "false", "KEYWORD", "", context, acceptor);
			}
		}
	}

	/** The options of the call, noise or steady clause around the model, or null when unknown. */
	private static List<OptionSpec> optionSpecs(EObject model) {
		for (EObject element = model; element != null; element = element.eContainer()) {
			switch (element) {
				case Call call -> {
					return specsOf(call);
				}
				case NoiseItem noise -> {
					return KnownOptions.NOISE;
				}
				case UntilItem until -> {
					return KnownOptions.STEADY;
				}
				case Declaration declaration -> {
					return null;
				}
				default -> {
				}
			}
		}
		return null;
	}

	private static Arguments arguments(EObject model) {
		for (EObject element = model; element != null; element = element.eContainer()) {
			if (element instanceof Arguments arguments) {
				return arguments;
			}
			if (element instanceof Call call) {
				return call.getOptions();
			}
			if (element instanceof NoiseItem noise) {
				return noise.getNoise();
			}
			if (element instanceof UntilItem until) {
				return until.getOptions();
			}
		}
		return null;
	}

	private static List<OptionSpec> specsOf(Call call) {
		Map<String, List<OptionSpec>> table = switch (call.eContainer()) {
			case Layer layer -> KnownOptions.ACTIVATIONS;
			case CrnDef crn -> KnownOptions.CONSTRUCTIONS;
			case TrainingDef training -> KnownOptions.TRAINING_METHODS;
			case MethodItem method -> KnownOptions.SIMULATION_METHODS;
			case null, default -> Map.of();
		};
		return table.get(call.getName());
	}

	private void simulationNames(EObject model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		SimulationDef simulation = simulation(model);
		if (simulation == null || simulation.getNetwork() == null || simulation.getNetwork().eIsProxy()) {
			return;
		}
		boolean setting = isSetting(model);
		if (setting) {
			propose(NetworkNames.species(simulation.getNetwork()), "SPECIES", "species", context, acceptor);
		} else {
			propose(NetworkNames.inputs(simulation.getNetwork()), "INPUT", "input", context, acceptor);
		}
	}

	/** Whether the assignment being written is a set (or at ... set) rather than an input. */
	private static boolean isSetting(EObject model) {
		for (EObject element = model; element != null; element = element.eContainer()) {
			if (element instanceof SetValues || element instanceof org.crnstudio.lang.ast.AtItem) {
				return true;
			}
			if (element instanceof org.crnstudio.lang.ast.InputValues) {
				return false;
			}
		}
		return false;
	}

	private static SimulationDef simulation(EObject model) {
		for (EObject element = model; element != null; element = element.eContainer()) {
			if (element instanceof SimulationDef simulation) {
				return simulation;
			}
			if (element instanceof DatasetDef || element instanceof OdeDef) {
				return null;
			}
		}
		return null;
	}

	private void propose(List<String> names, String kind, String what, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String name : names) {
			accept(name, name, kind, what, context, acceptor);
		}
	}

	private void accept(String label, String text, String kind, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context, e -> {
			e.setLabel(label);
			e.setKind(KIND_PREFIX + kind);
			e.setDescription(description);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
