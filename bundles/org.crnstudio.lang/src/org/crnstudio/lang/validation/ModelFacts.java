package org.crnstudio.lang.validation;

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
