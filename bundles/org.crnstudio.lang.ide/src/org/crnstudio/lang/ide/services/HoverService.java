package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Call;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Equation;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.ObservableDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.OutputDef;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.StateDecl;
import org.crnstudio.lang.ast.SymbolRef;
import org.crnstudio.lang.ast.Term;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.ast.Vector;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.options.OptionSpec;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Plain-text hovers: what a name denotes, with values, uses, shapes and compiled sizes. */
final class HoverService {

	/** Uses listed in full before "and N more". */
	static final int MAX_LISTED = 10;
	private static final AstPackage AST = AstPackage.eINSTANCE;

	private final CrnDocument document;

	HoverService(CrnDocument document) {
		this.document = document;
	}

	Optional<HoverText> hover(int offset) {
		if (document.ast() == null) {
			return Optional.empty();
		}
		NameAt name = new NameResolver().resolve(document, offset);
		if (name != null) {
			String text = describe(name.target());
			return text == null ? Optional.empty() : Optional.of(new HoverText(name.region().offset(), name.region().length(), text));
		}
		return callHover(offset);
	}

	/** Hovers over `compile`, construction, activation and method names, and option names. */
	private Optional<HoverText> callHover(int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(document.resource().getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return Optional.empty();
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		String text = null;
		if (leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("compile")
				&& semantic instanceof CrnDef crn) {
			text = compiled(crn);
		} else if (semantic instanceof Call call && call.eContainer() instanceof CrnDef crn) {
			text = compiled(crn);
		} else if (semantic instanceof Call call) {
			text = call(call);
		} else if (semantic instanceof Option option) {
			text = option(option);
		}
		return text == null ? Optional.empty() : Optional.of(new HoverText(leaf.getOffset(), leaf.getLength(), text));
	}

	private String describe(EObject target) {
		return switch (target) {
			case SpeciesDecl species -> species(species);
			case ParameterDecl parameter -> parameter(parameter);
			case Layer layer -> layer(layer);
			case CrnDef crn when crn.isCompiled() -> compiled(crn);
			case CrnDef crn -> "crn " + crn.getName() + ": " + Members.species(crn).size() + " species, "
					+ Members.reactions(crn).size() + " reactions, " + Members.parameters(crn).size() + " parameters";
			case NnDef nn -> "nn " + nn.getName() + ": " + Members.inputs(nn).size() + " inputs, layers "
					+ String.join(", ", Members.layers(nn).stream().map(l -> l.getName() + " (" + l.getUnits() + ")").toList());
			case OdeDef ode -> "ode " + ode.getName() + ": inputs " + names(Members.inputs(ode).stream().map(InputDecl::getName).toList())
					+ "; states " + names(Members.states(ode).stream().map(StateDecl::getName).toList())
					+ "; outputs " + names(Members.outputs(ode).stream().map(OutputDef::getName).toList());
			case DatasetDef data -> "dataset " + data.getName() + ": inputs " + String.join(", ", data.getInputs())
					+ "; targets " + String.join(", ", data.getTargets())
					+ (data.getFile() != null ? "; from " + data.getFile() : "; " + data.getRows().size() + " rows");
			case InputDecl input -> "input " + input.getName() + " of " + owner(input)
					+ (Members.declaredPositive(input) ? " (positive: one species, single rail)" : "");
			case StateDecl state -> "state " + state.getName() + " of " + owner(state)
					+ equationOf(state).map(e -> "\n" + Nodes.text(e)).orElse("");
			case ObservableDef observable -> "observable " + observable.getName() + " = " + Nodes.text(observable.getExpression());
			case OutputDef output -> "output " + output.getName() + " = " + Nodes.text(output.getExpression());
			case TrainingDef training -> "training " + training.getName() + " of " + Nodes.text(training, AST.getTrainingDef_Model())
					+ " on " + Nodes.text(training, AST.getTrainingDef_Dataset());
			case SimulationDef simulation -> "simulation " + simulation.getName() + " of "
					+ Nodes.text(simulation, AST.getSimulationDef_Network());
			default -> null;
		};
	}

	private String species(SpeciesDecl species) {
		CrnDef crn = EcoreUtil2.getContainerOfType(species, CrnDef.class);
		String initial = species.isHasInitial() ? Nodes.text(species, AST.getSpeciesDecl_Initial()) : "0 (default)";
		List<String> uses = new ArrayList<>();
		for (Reaction reaction : Members.reactions(crn)) {
			if (EcoreUtil2.eAllOfType(reaction, Term.class).stream().anyMatch(t -> t.getSpecies() == species)) {
				uses.add(reactionLine(reaction));
			}
		}
		return "species " + species.getName() + " of crn " + crn.getName() + "\ninitial value: " + initial + "\n"
				+ listed(uses, "reaction", "takes part in no reaction");
	}

	private String parameter(ParameterDecl parameter) {
		Declaration owner = EcoreUtil2.getContainerOfType(parameter, Declaration.class);
		List<String> uses = new ArrayList<>();
		if (owner instanceof CrnDef crn) {
			for (Reaction reaction : Members.reactions(crn)) {
				if (refersTo(reaction, parameter)) {
					uses.add(reactionLine(reaction));
				}
			}
			for (ObservableDef observable : Members.observables(crn)) {
				if (refersTo(observable, parameter)) {
					uses.add("observable " + observable.getName() + " = " + Nodes.text(observable.getExpression()));
				}
			}
		} else if (owner instanceof OdeDef ode) {
			for (Equation equation : Members.equations(ode)) {
				if (refersTo(equation, parameter)) {
					uses.add(Nodes.text(equation));
				}
			}
			for (OutputDef output : Members.outputs(ode)) {
				if (refersTo(output, parameter)) {
					uses.add("output " + output.getName() + " = " + Nodes.text(output.getExpression()));
				}
			}
		}
		return "parameter " + parameter.getName() + " of " + owner(parameter) + "\nvalue: "
				+ Nodes.text(parameter, AST.getParameterDecl_Value())
				+ (Members.declaredPositive(parameter) ? " (positive)" : "") + "\n" + listed(uses, "use", "not used");
	}

	private static boolean refersTo(EObject element, EObject symbol) {
		return EcoreUtil2.eAllOfType(element, SymbolRef.class).stream().anyMatch(r -> r.getSymbol() == symbol);
	}

	private String layer(Layer layer) {
		NnDef nn = (NnDef) layer.eContainer();
		List<Layer> layers = Members.layers(nn);
		int index = layers.indexOf(layer);
		int fanIn = index == 0 ? Members.inputs(nn).size() : layers.get(index - 1).getUnits();
		StringBuilder text = new StringBuilder();
		text.append("layer ").append(layer.getName()).append(" of nn ").append(nn.getName())
				.append(index == layers.size() - 1 ? " (output layer)" : "").append('\n');
		text.append("shape: ").append(layer.getUnits()).append(" units x ").append(fanIn)
				.append(fanIn == 1 ? " input" : " inputs").append('\n');
		text.append("activation: ").append(layer.getActivation() == null ? "?" : activation(layer.getActivation())).append('\n');
		if (layer.getWeights() == null) {
			text.append("weights: not given (trained, or initialised by the construction)");
		} else {
			List<Vector> rows = layer.getWeights().getRows();
			int columns = rows.isEmpty() ? 0 : rows.get(0).getValues().size();
			text.append("weights: given, ").append(rows.size()).append(" x ").append(columns);
		}
		if (layer.getBias() != null) {
			text.append("\nbias: given, ").append(layer.getBias().getValues().size()).append(" values");
		}
		return text.toString();
	}

	/** e.g. "smooth_relu (h = 1)", options as written, the others with their defaults. */
	private static String activation(Call call) {
		List<OptionSpec> specs = KnownOptions.ACTIVATIONS.get(call.getName());
		return call.getName() + options(call, specs);
	}

	private String compiled(CrnDef crn) {
		StringBuilder text = new StringBuilder();
		String construction = crn.getConstruction() == null ? "?" : crn.getConstruction().getName();
		text.append("crn ").append(crn.getName()).append(" = compile ").append(Nodes.text(crn, AST.getCrnDef_Source()))
				.append(" with ").append(construction).append('\n');
		text.append("construction: ").append(construction);
		if (crn.getConstruction() != null) {
			text.append(options(crn.getConstruction(), KnownOptions.CONSTRUCTIONS.get(construction)));
		}
		text.append("\ncompiled size: ").append(document.compiledSize(crn.getName()));
		return text.toString();
	}

	/** " (a = 1, b = 2 (default))": written options, then the defaults of the others; "" when there are none. */
	private static String options(Call call, List<OptionSpec> specs) {
		List<String> parts = new ArrayList<>();
		List<String> written = new ArrayList<>();
		if (call.getOptions() != null) {
			for (Option option : call.getOptions().getOptions()) {
				parts.add(Nodes.text(option));
				written.add(option.getName());
			}
		}
		if (specs != null) {
			for (OptionSpec spec : specs) {
				if (!written.contains(spec.name())) {
					parts.add(spec.name() + " = " + spec.defaultValue() + " (default)");
				}
			}
		}
		return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
	}

	private static String call(Call call) {
		Map<String, List<OptionSpec>> table = switch (call.eContainer()) {
			case Layer layer -> KnownOptions.ACTIVATIONS;
			case TrainingDef training -> KnownOptions.TRAINING_METHODS;
			default -> KnownOptions.SIMULATION_METHODS;
		};
		List<OptionSpec> specs = table.get(call.getName());
		if (specs == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(call.getName());
		for (OptionSpec spec : specs) {
			text.append("\n  ").append(spec.name()).append(" (default ").append(spec.defaultValue()).append("): ")
					.append(spec.meaning());
		}
		return text.toString();
	}

	private static String option(Option option) {
		if (!(option.eContainer() != null && option.eContainer().eContainer() instanceof Call call)) {
			return null;
		}
		Map<String, List<OptionSpec>> table = switch (call.eContainer()) {
			case Layer layer -> KnownOptions.ACTIVATIONS;
			case CrnDef crn -> KnownOptions.CONSTRUCTIONS;
			case TrainingDef training -> KnownOptions.TRAINING_METHODS;
			default -> KnownOptions.SIMULATION_METHODS;
		};
		List<OptionSpec> specs = table.get(call.getName());
		return specs == null ? null : KnownOptions.find(specs, option.getName())
				.map(s -> "option " + s.name() + " of " + call.getName() + " (default " + s.defaultValue() + "): " + s.meaning())
				.orElse(null);
	}

	private static String reactionLine(Reaction reaction) {
		String rate = Nodes.text(reaction.getRate()) + (reaction.getReverseRate() == null ? "" : ", " + Nodes.text(reaction.getReverseRate()));
		return (reaction.getLabel() == null ? "" : reaction.getLabel() + ": ") + OutlineBuilder.reactionText(reaction) + " @ " + rate;
	}

	/** "3 reactions:\n  a\n  b ..." with at most MAX_LISTED lines, then "and N more". */
	private static String listed(List<String> items, String noun, String none) {
		if (items.isEmpty()) {
			return none;
		}
		StringBuilder text = new StringBuilder();
		text.append(items.size()).append(' ').append(noun).append(items.size() == 1 ? "" : "s").append(':');
		for (int i = 0; i < Math.min(items.size(), MAX_LISTED); i++) {
			text.append("\n  ").append(items.get(i));
		}
		if (items.size() > MAX_LISTED) {
			text.append("\n  and ").append(items.size() - MAX_LISTED).append(" more");
		}
		return text.toString();
	}

	private static Optional<Equation> equationOf(StateDecl state) {
		OdeDef ode = EcoreUtil2.getContainerOfType(state, OdeDef.class);
		return ode == null ? Optional.empty() : Members.equations(ode).stream().filter(e -> e.getState() == state).findFirst();
	}

	private static String owner(EObject member) {
		Declaration owner = EcoreUtil2.getContainerOfType(member, Declaration.class);
		if (owner == null) {
			return "?";
		}
		String kind = owner instanceof CrnDef ? "crn" : owner instanceof NnDef ? "nn" : owner instanceof OdeDef ? "ode" : "";
		return kind + " " + owner.getName();
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "none" : String.join(", ", names);
	}
}
