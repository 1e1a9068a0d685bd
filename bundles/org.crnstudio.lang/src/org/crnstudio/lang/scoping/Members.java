package org.crnstudio.lang.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Equation;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.InputList;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.ObservableDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.OutputDef;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.ParameterList;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.SpeciesList;
import org.crnstudio.lang.ast.StateDecl;
import org.crnstudio.lang.ast.StateList;
import org.eclipse.emf.ecore.EObject;

/** The members of a declaration, flattened out of their list statements, in source order. */
public final class Members {

	private Members() {
	}

	public static List<SpeciesDecl> species(CrnDef crn) {
		return of(crn.getMembers(), SpeciesList.class).flatMap(l -> l.getSpecies().stream()).toList();
	}

	public static List<ParameterDecl> parameters(CrnDef crn) {
		return of(crn.getMembers(), ParameterList.class).flatMap(l -> l.getParameters().stream()).toList();
	}

	public static List<Reaction> reactions(CrnDef crn) {
		return of(crn.getMembers(), Reaction.class).toList();
	}

	public static List<ObservableDef> observables(CrnDef crn) {
		return of(crn.getMembers(), ObservableDef.class).toList();
	}

	public static List<InputDecl> inputs(NnDef nn) {
		return of(nn.getMembers(), InputList.class).flatMap(l -> l.getInputs().stream()).toList();
	}

	public static List<Layer> layers(NnDef nn) {
		return of(nn.getMembers(), Layer.class).toList();
	}

	public static List<InputDecl> inputs(OdeDef ode) {
		return of(ode.getMembers(), InputList.class).flatMap(l -> l.getInputs().stream()).toList();
	}

	public static List<StateDecl> states(OdeDef ode) {
		return of(ode.getMembers(), StateList.class).flatMap(l -> l.getStates().stream()).toList();
	}

	public static List<ParameterDecl> parameters(OdeDef ode) {
		return of(ode.getMembers(), ParameterList.class).flatMap(l -> l.getParameters().stream()).toList();
	}

	public static List<Equation> equations(OdeDef ode) {
		return of(ode.getMembers(), Equation.class).toList();
	}

	public static List<OutputDef> outputs(OdeDef ode) {
		return of(ode.getMembers(), OutputDef.class).toList();
	}

	/** Whether the list statement declaring this input, state or parameter says ": positive". */
	public static boolean declaredPositive(EObject member) {
		EObject list = member.eContainer();
		if (list instanceof InputList l) {
			return l.isPositive();
		}
		if (list instanceof StateList l) {
			return l.isPositive();
		}
		if (list instanceof ParameterList l) {
			return l.isPositive();
		}
		return false;
	}

	private static <T> Stream<T> of(List<? extends EObject> members, Class<T> type) {
		return members.stream().filter(type::isInstance).map(type::cast);
	}

	/**
	 * Names of a model's outputs: an ode's outputs; for an nn, the output layer's units (a 1-unit layer y: y; an
	 * N-unit layer out: out1 .. outN), which a compiler turns into observables.
	 */
	public static List<String> outputNames(Declaration model) {
		if (model instanceof OdeDef ode) {
			return outputs(ode).stream().map(OutputDef::getName).toList();
		}
		if (model instanceof NnDef nn && !layers(nn).isEmpty()) {
			List<Layer> all = layers(nn);
			Layer last = all.get(all.size() - 1);
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
}
