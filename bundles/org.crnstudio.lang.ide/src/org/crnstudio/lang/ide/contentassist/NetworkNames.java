package org.crnstudio.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.ObservableDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.OutputDef;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.scoping.Members;

/**
 * The names a simulation of a network can use: its inputs (a compiled network's model inputs), the species it may
 * set, and the series it may plot (species and observables, or a compiled model's outputs).
 */
public final class NetworkNames {

	private NetworkNames() {
	}

	/** Inputs of the model a compiled crn compiles; empty for a plain crn. */
	public static List<String> inputs(Declaration network) {
		if (network instanceof CrnDef crn && crn.isCompiled() && resolved(crn.getSource())) {
			return switch (crn.getSource()) {
				case NnDef nn -> Members.inputs(nn).stream().map(InputDecl::getName).toList();
				case OdeDef ode -> Members.inputs(ode).stream().map(InputDecl::getName).toList();
				default -> List.of();
			};
		}
		return List.of();
	}

	/** Species of a plain crn. */
	public static List<String> species(Declaration network) {
		if (network instanceof CrnDef crn && !crn.isCompiled()) {
			return Members.species(crn).stream().map(SpeciesDecl::getName).toList();
		}
		return List.of();
	}

	/** What a simulation may plot: species and observables of a plain crn, the outputs of a compiled model. */
	public static List<String> series(Declaration network) {
		List<String> names = new ArrayList<>(species(network));
		if (network instanceof CrnDef crn && !crn.isCompiled()) {
			names.addAll(Members.observables(crn).stream().map(ObservableDef::getName).toList());
		} else if (network instanceof CrnDef crn && resolved(crn.getSource())) {
			names.addAll(outputs(crn.getSource()));
		}
		return names;
	}

	/**
	 * A model's outputs: an ode's outputs; for an nn, the output layer's units (a 1-unit layer y: y; an N-unit layer
	 * out: out1 .. outN).
	 */
	public static List<String> outputs(Declaration model) {
		if (model instanceof OdeDef ode) {
			return Members.outputs(ode).stream().map(OutputDef::getName).toList();
		}
		if (model instanceof NnDef nn && !Members.layers(nn).isEmpty()) {
			List<Layer> layers = Members.layers(nn);
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

	private static boolean resolved(Declaration declaration) {
		return declaration != null && !declaration.eIsProxy();
	}
}
