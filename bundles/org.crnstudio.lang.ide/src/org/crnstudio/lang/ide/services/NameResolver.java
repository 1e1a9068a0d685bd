package org.crnstudio.lang.ide.services;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.InputValues;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.Symbol;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Finds what a name in the text denotes: declared names, cross references, and the plain names of simulations
 * (input, set and plot names, resolved against the simulated network). Not thread-safe (caches grammar facts);
 * create one per request.
 */
final class NameResolver {

	/** Where a leaf of the node model sits in the grammar. */
	enum Role {
		NAME, LABEL, REFERENCE, SIMULATION_NAME, COLUMN, OTHER
	}

	private final Map<EObject, Role> roles = new IdentityHashMap<>();
	private final Map<EObject, EReference> references = new IdentityHashMap<>();

	Role role(ILeafNode leaf) {
		EObject grammarElement = leaf.getGrammarElement();
		if (grammarElement == null || leaf.isHidden()) {
			return Role.OTHER;
		}
		return roles.computeIfAbsent(grammarElement, this::roleOf);
	}

	private Role roleOf(EObject grammarElement) {
		CrossReference crossReference = EcoreUtil2.getContainerOfType(grammarElement, CrossReference.class);
		if (crossReference != null) {
			references.put(grammarElement, GrammarUtil.getReference(crossReference));
			return Role.REFERENCE;
		}
		Assignment assignment = EcoreUtil2.getContainerOfType(grammarElement, Assignment.class);
		if (assignment == null) {
			return Role.OTHER;
		}
		String rule = GrammarUtil.containingParserRule(assignment).getName();
		return switch (rule + "." + assignment.getFeature()) {
			case "Reaction.label" -> Role.LABEL;
			case "Assignment.name", "PlotItem.names" -> Role.SIMULATION_NAME;
			case "DatasetDef.inputs", "DatasetDef.targets" -> Role.COLUMN;
			default -> assignment.getFeature().equals("name") && !rule.equals("Call") && !rule.equals("Option")
					? Role.NAME : Role.OTHER;
		};
	}

	/** The name at a leaf, or null when the leaf is not a name that denotes something. */
	NameAt resolve(ILeafNode leaf) {
		Role role = role(leaf);
		Region region = new Region(leaf.getOffset(), leaf.getLength());
		String name = leaf.getText();
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return switch (role) {
			case NAME -> semantic == null ? null : new NameAt(region, name, semantic, true);
			case REFERENCE -> {
				EReference reference = references.get(leaf.getGrammarElement());
				Object target = semantic == null ? null : semantic.eGet(reference, true);
				yield target instanceof EObject object && !object.eIsProxy() ? new NameAt(region, name, object, false) : null;
			}
			case SIMULATION_NAME -> {
				EObject target = simulationTarget(semantic, name);
				yield target == null ? null : new NameAt(region, name, target, false);
			}
			default -> null;
		};
	}

	/** The name at an offset (the caret may also sit just after the name), or null. */
	NameAt resolve(CrnDocument document, int offset) {
		if (document.resource().getParseResult() == null) {
			return null;
		}
		ICompositeNode root = document.resource().getParseResult().getRootNode();
		for (int at : new int[] { offset, offset - 1 }) {
			if (at < 0 || at >= document.text().length()) {
				continue;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, at);
			if (leaf != null && !leaf.isHidden()) {
				NameAt name = resolve(leaf);
				if (name != null) {
					return name;
				}
			}
		}
		return null;
	}

	/**
	 * What a simulation's input, set or plot name denotes in its network: a species of a plain crn, an input of a
	 * compiled model, or an observable; the output layer of a compiled nn for an output name.
	 */
	static EObject simulationTarget(EObject semantic, String name) {
		SimulationDef simulation = EcoreUtil2.getContainerOfType(semantic, SimulationDef.class);
		if (simulation == null || !(simulation.getNetwork() instanceof CrnDef crn) || crn.eIsProxy()) {
			return null;
		}
		if (!crn.isCompiled()) {
			List<Symbol> symbols = new java.util.ArrayList<>(Members.species(crn));
			symbols.addAll(Members.observables(crn));
			return symbols.stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
		}
		Declaration source = crn.getSource();
		if (source == null || source.eIsProxy()) {
			return null;
		}
		boolean input = EcoreUtil2.getContainerOfType(semantic, InputValues.class) != null;
		if (source instanceof NnDef nn) {
			if (input) {
				return Members.inputs(nn).stream().filter(i -> name.equals(i.getName())).findFirst().orElse(null);
			}
			List<Layer> layers = Members.layers(nn);
			Layer last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
			return last != null && (name.equals(last.getName()) || name.matches(java.util.regex.Pattern.quote(last.getName()) + "[0-9]+"))
					? last : null;
		}
		if (source instanceof OdeDef ode) {
			List<Symbol> symbols = new java.util.ArrayList<>(Members.inputs(ode));
			symbols.addAll(Members.outputs(ode));
			return symbols.stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
		}
		return null;
	}

	/** The feature holding an element's declared name. */
	static EStructuralFeature nameFeature(EObject element) {
		AstPackage ast = AstPackage.eINSTANCE;
		return switch (element) {
			case Layer layer -> ast.getLayer_Name();
			case Declaration declaration -> ast.getDeclaration_Name();
			case Symbol symbol -> ast.getSymbol_Name();
			default -> element.eClass().getEStructuralFeature("name");
		};
	}
}
