package org.crnstudio.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.ObservableDef;
import org.crnstudio.lang.ast.OdeDef;
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
			names.addAll(Members.outputNames(crn.getSource()));
		}
		return names;
	}

	private static boolean resolved(Declaration declaration) {
		return declaration != null && !declaration.eIsProxy();
	}
}
