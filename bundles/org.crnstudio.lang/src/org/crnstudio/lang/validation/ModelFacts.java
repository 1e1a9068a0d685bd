package org.crnstudio.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.scoping.Members;

/** What the validator needs to know about nn and ode models: inputs, layer fan-in, output names, kinds. */
final class ModelFacts {

	private ModelFacts() {
	}

	/** Number of inputs of a layer: the previous layer's units, or the network's inputs for the first layer. */
	static int fanIn(Layer layer) {
		NnDef nn = (NnDef) layer.eContainer();
		List<Layer> layers = Members.layers(nn);
		int index = layers.indexOf(layer);
		return index == 0 ? Members.inputs(nn).size() : layers.get(index - 1).getUnits();
	}

	static List<String> inputNames(Declaration model) {
		List<InputDecl> inputs = switch (model) {
			case NnDef nn -> Members.inputs(nn);
			case OdeDef ode -> Members.inputs(ode);
			default -> List.of();
		};
		return inputs.stream().map(InputDecl::getName).toList();
	}

	/**
	 * Names of a model's outputs: an ode's outputs; for an nn, the output layer's units (a 1-unit layer y: y; an
	 * N-unit layer out: out1 .. outN), which a compiler turns into observables.
	 */
	static List<String> outputNames(Declaration model) {
		if (model instanceof OdeDef ode) {
			return Members.outputs(ode).stream().map(o -> o.getName()).toList();
		}
		if (model instanceof NnDef nn) {
			List<Layer> layers = Members.layers(nn);
			if (layers.isEmpty()) {
				return List.of();
			}
			Layer last = layers.get(layers.size() - 1);
			if (last.getUnits() == 1) {
				return List.of(last.getName());
			}
			List<String> names = new ArrayList<>();
			for (int i = 1; i <= last.getUnits(); i++) {
				names.add(last.getName() + i);
			}
			return names;
		}
		return List.of();
	}

	static String kind(Declaration declaration) {
		return switch (declaration) {
			case CrnDef crn -> "crn";
			case NnDef nn -> "nn";
			case OdeDef ode -> "ode";
			case DatasetDef data -> "dataset";
			case TrainingDef training -> "training";
			case SimulationDef simulation -> "simulation";
			default -> "declaration";
		};
	}

	static boolean resolved(Declaration declaration) {
		return declaration != null && !declaration.eIsProxy();
	}
}
