package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.CrnMember;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Equation;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.InputList;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.NnMember;
import org.crnstudio.lang.ast.ObservableDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.OdeMember;
import org.crnstudio.lang.ast.OutputDef;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.ParameterList;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.SimulationItem;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.SpeciesList;
import org.crnstudio.lang.ast.StateDecl;
import org.crnstudio.lang.ast.StateList;
import org.crnstudio.lang.ast.TrainingDef;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The outline: one node per declaration, its members below (list statements flattened into their names). */
final class OutlineBuilder {

	private static final AstPackage AST = AstPackage.eINSTANCE;
	private final CrnDocument document;

	OutlineBuilder(CrnDocument document) {
		this.document = document;
	}

	List<OutlineNode> build() {
		File file = document.ast();
		if (file == null) {
			return List.of();
		}
		List<OutlineNode> nodes = new ArrayList<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration.getName() != null) {
				nodes.add(declaration(declaration));
			}
		}
		return nodes;
	}

	private OutlineNode declaration(Declaration declaration) {
		List<OutlineNode> children = new ArrayList<>();
		String kind;
		String label;
		switch (declaration) {
			case CrnDef crn when crn.isCompiled() -> {
				kind = "compiled-crn";
				label = "crn " + crn.getName() + " = compile " + Nodes.text(crn, AST.getCrnDef_Source()) + " with "
						+ Nodes.text(crn.getConstruction());
			}
			case CrnDef crn -> {
				kind = "crn";
				label = "crn " + crn.getName();
				crn.getMembers().forEach(member -> crnMember(member, children));
			}
			case NnDef nn -> {
				kind = "nn";
				label = "nn " + nn.getName();
				nn.getMembers().forEach(member -> nnMember(member, children));
			}
			case OdeDef ode -> {
				kind = "ode";
				label = "ode " + ode.getName();
				ode.getMembers().forEach(member -> odeMember(member, children));
			}
			case DatasetDef data -> {
				kind = "dataset";
				label = "dataset " + data.getName();
				dataset(data, children);
			}
			case TrainingDef training -> {
				kind = "training";
				label = "training " + training.getName();
				training(training, children);
			}
			case SimulationDef simulation -> {
				kind = "simulation";
				label = "simulation " + simulation.getName();
				simulation(simulation, children);
			}
			default -> {
				kind = "declaration";
				label = declaration.getName();
			}
		}
		return node(label, kind, declaration, AST.getDeclaration_Name(), children);
	}

	private void crnMember(CrnMember member, List<OutlineNode> children) {
		switch (member) {
			case ParameterList list -> {
				for (ParameterDecl parameter : list.getParameters()) {
					children.add(leaf(parameter.getName() + " = " + Nodes.text(parameter, AST.getParameterDecl_Value()),
							"parameter", parameter, AST.getSymbol_Name()));
				}
			}
			case SpeciesList list -> {
				for (SpeciesDecl species : list.getSpecies()) {
					String initial = species.isHasInitial() ? Nodes.text(species, AST.getSpeciesDecl_Initial()) : "0";
					children.add(leaf(species.getName() + " = " + initial, "species", species, AST.getSymbol_Name()));
				}
			}
			case Reaction reaction -> children.add(reaction.getLabel() != null
					? leaf(reaction.getLabel() + ": " + reactionText(reaction), "reaction", reaction, AST.getReaction_Label())
					: leaf(reactionText(reaction), "reaction", reaction, null));
			case ObservableDef observable -> children.add(leaf(observable.getName() + " = "
					+ Nodes.text(observable.getExpression()), "observable", observable, AST.getSymbol_Name()));
			default -> {
			}
		}
	}

	/** lhs -> rhs as written (one space between tokens), without label and rate. */
	static String reactionText(Reaction reaction) {
		String arrow = reaction.isReversible() ? " <-> " : " -> ";
		return Nodes.text(reaction.getLhs()) + arrow + Nodes.text(reaction.getRhs());
	}

	private void nnMember(NnMember member, List<OutlineNode> children) {
		switch (member) {
			case InputList list -> inputs(list, children);
			case Layer layer -> {
				String shape = layer.getWeights() == null ? "" : ", weights given";
				children.add(leaf(layer.getName() + " = dense(" + layer.getUnits() + ", "
						+ Nodes.text(layer.getActivation()) + ")" + shape, "layer", layer, AST.getLayer_Name()));
			}
			default -> {
			}
		}
	}

	private void odeMember(OdeMember member, List<OutlineNode> children) {
		switch (member) {
			case InputList list -> inputs(list, children);
			case StateList list -> {
				for (StateDecl state : list.getStates()) {
					children.add(leaf(state.getName(), "state", state, AST.getSymbol_Name()));
				}
			}
			case ParameterList list -> {
				for (ParameterDecl parameter : list.getParameters()) {
					children.add(leaf(parameter.getName() + " = " + Nodes.text(parameter, AST.getParameterDecl_Value()),
							"parameter", parameter, AST.getSymbol_Name()));
				}
			}
			case Equation equation -> children.add(leaf(Nodes.text(equation), "equation", equation, AST.getEquation_State()));
			case OutputDef output -> children.add(leaf(output.getName() + " = " + Nodes.text(output.getExpression()),
					"output", output, AST.getSymbol_Name()));
			default -> {
			}
		}
	}

	private void inputs(InputList list, List<OutlineNode> children) {
		for (InputDecl input : list.getInputs()) {
			children.add(leaf(input.getName(), "input", input, AST.getSymbol_Name()));
		}
	}

	private void dataset(DatasetDef data, List<OutlineNode> children) {
		children.add(setting("inputs " + String.join(", ", data.getInputs()), data, AST.getDatasetDef_Inputs()));
		children.add(setting("targets " + String.join(", ", data.getTargets()), data, AST.getDatasetDef_Targets()));
		if (data.getFile() != null) {
			children.add(setting("from " + data.getFile(), data, AST.getDatasetDef_File()));
		} else {
			int rows = data.getRows().size();
			Region region = data.getRows().isEmpty() ? Nodes.of(data) : span(data.getRows().get(0), data.getRows().get(rows - 1));
			children.add(new OutlineNode(rows + (rows == 1 ? " row" : " rows"), "rows", region.offset(), region.length(),
					region.offset(), region.length(), List.of()));
		}
	}

	private void training(TrainingDef training, List<OutlineNode> children) {
		children.add(setting("of " + Nodes.text(training, AST.getTrainingDef_Model()) + " on "
				+ Nodes.text(training, AST.getTrainingDef_Dataset()), training, AST.getTrainingDef_Model()));
		if (training.getMethod() != null) {
			children.add(leaf("method " + Nodes.text(training.getMethod()), "setting", training.getMethod(), null));
		}
		if (!Nodes.all(training, AST.getTrainingDef_Iterations()).isEmpty()) {
			children.add(setting("iterations " + training.getIterations(), training, AST.getTrainingDef_Iterations()));
		}
		if (!Nodes.all(training, AST.getTrainingDef_Epochs()).isEmpty()) {
			children.add(setting("epochs " + training.getEpochs(), training, AST.getTrainingDef_Epochs()));
		}
		if (!Nodes.all(training, AST.getTrainingDef_Seed()).isEmpty()) {
			children.add(setting("seed " + training.getSeed(), training, AST.getTrainingDef_Seed()));
		}
	}

	private void simulation(SimulationDef simulation, List<OutlineNode> children) {
		children.add(setting("of " + Nodes.text(simulation, AST.getSimulationDef_Network()), simulation,
				AST.getSimulationDef_Network()));
		for (SimulationItem item : simulation.getItems()) {
			children.add(leaf(Nodes.text(item), "setting", item, null));
		}
	}

	private OutlineNode setting(String label, EObject owner, EStructuralFeature feature) {
		Region region = Nodes.of(owner, feature);
		if (region == null) {
			region = Nodes.of(owner);
		}
		return new OutlineNode(label, "setting", region.offset(), region.length(), region.offset(), region.length(), List.of());
	}

	private OutlineNode leaf(String label, String kind, EObject element, EStructuralFeature nameFeature) {
		return node(label, kind, element, nameFeature, List.of());
	}

	private OutlineNode node(String label, String kind, EObject element, EStructuralFeature nameFeature,
			List<OutlineNode> children) {
		Region whole = Nodes.of(element);
		if (whole == null) {
			whole = new Region(0, 0);
		}
		Region name = nameFeature == null ? null : Nodes.of(element, nameFeature);
		if (name == null) {
			name = whole;
		}
		return new OutlineNode(label, kind, whole.offset(), whole.length(), name.offset(), name.length(), children);
	}

	private static Region span(EObject first, EObject last) {
		Region a = Nodes.of(first);
		Region b = Nodes.of(last);
		return new Region(a.offset(), b.end() - a.offset());
	}
}
