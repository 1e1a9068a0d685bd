package org.crnstudio.lang.validation;

import java.util.List;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.Vector;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Shapes of nn layers: units, weight matrices (one row per unit, one column per layer input), bias lengths. */
public class NeuralNetworkChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void networkHasInputsAndLayers(NnDef nn) {
		if (Members.inputs(nn).isEmpty() || Members.layers(nn).isEmpty()) {
			error("nn " + nn.getName() + " needs at least one input and one layer (input x1, x2 and layer y = dense(1, linear))",
					nn, AST.getDeclaration_Name(), CrnIssueCodes.EMPTY_NETWORK, nn.getName());
		}
	}

	@Check
	public void layerHasUnits(Layer layer) {
		if (layer.getUnits() < 1) {
			error("layer " + layer.getName() + " has " + layer.getUnits() + " units; a dense layer needs at least 1",
					layer, AST.getLayer_Units(), CrnIssueCodes.NO_UNITS, layer.getName());
		}
	}

	@Check
	public void weightsFitLayer(Layer layer) {
		if (layer.getWeights() == null) {
			return;
		}
		int units = layer.getUnits();
		int fanIn = ModelFacts.fanIn(layer);
		List<Vector> rows = layer.getWeights().getRows();
		int columns = rows.isEmpty() ? 0 : rows.get(0).getValues().size();
		boolean ragged = rows.stream().anyMatch(r -> r.getValues().size() != columns);
		if (rows.size() == units && columns == fanIn && !ragged) {
			return;
		}
		String found = ragged
				? rows.size() + " rows of " + String.join(", ", rows.stream().map(r -> Integer.toString(r.getValues().size())).toList()) + " values"
				: rows.size() + " x " + columns;
		error("layer " + layer.getName() + " has " + units + " units and " + fanIn + (fanIn == 1 ? " input" : " inputs")
				+ ", so weights must be " + units + " x " + fanIn + "; found " + found
				+ " (one row per unit, one column per input of the layer)", layer, AST.getLayer_Weights(),
				CrnIssueCodes.WEIGHT_SHAPE, layer.getName(), Integer.toString(units), Integer.toString(fanIn),
				Integer.toString(rows.size()), Integer.toString(columns));
	}

	@Check
	public void biasFitsLayer(Layer layer) {
		if (layer.getBias() != null && layer.getBias().getValues().size() != layer.getUnits()) {
			int length = layer.getBias().getValues().size();
			error("layer " + layer.getName() + " has " + layer.getUnits() + " units, so its bias needs "
					+ layer.getUnits() + " values; found " + length, layer, AST.getLayer_Bias(),
					CrnIssueCodes.BIAS_LENGTH, layer.getName(), Integer.toString(layer.getUnits()), Integer.toString(length));
		}
	}
}
