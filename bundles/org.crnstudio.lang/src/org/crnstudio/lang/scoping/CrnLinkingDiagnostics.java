package org.crnstudio.lang.scoping;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Messages and issue codes for names that do not resolve: what is missing, where, and what would be valid. */
public class CrnLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject owner = context.getContext();
		EReference reference = context.getReference();
		String name = context.getLinkText();
		Declaration declaration = EcoreUtil2.getContainerOfType(owner, Declaration.class);
		String container = declaration == null || declaration.getName() == null ? "" : declaration.getName();
		AstPackage ast = AstPackage.eINSTANCE;

		if (reference == ast.getTerm_Species()) {
			return error("Undeclared species " + name + " in crn " + container + ": declare it (species " + name
					+ " = 0) or use a declared species" + declaredSpecies(declaration),
					CrnIssueCodes.UNDECLARED_SPECIES, name, "species", container);
		}
		if (reference == ast.getSymbolRef_Symbol()) {
			if (EcoreUtil2.getContainerOfType(owner, Reaction.class) != null) {
				return error("Undeclared parameter " + name + " in crn " + container + ": declare it (parameter " + name
						+ " = 1) or write a number; rates are expressions over numbers and parameters",
						CrnIssueCodes.UNDECLARED_PARAMETER, name, "parameter", container);
			}
			String valid = declaration instanceof CrnDef
					? "a species, parameter or observable of crn " + container
					: "an input, state or parameter of ode " + container;
			return error("Unknown name " + name + " in " + container + ": expected " + valid,
					CrnIssueCodes.UNDECLARED_SYMBOL, name, "symbol", container);
		}
		if (reference == ast.getEquation_State()) {
			return error(name + " is not a state of ode " + container + ": declare it (state " + name + ")",
					CrnIssueCodes.UNKNOWN_STATE, name, "state", container);
		}
		if (reference == ast.getSimulationDef_Network()) {
			return error("Unknown network " + name + " in simulation " + container
					+ ": expected the name of a crn declared in this file", CrnIssueCodes.UNKNOWN_NETWORK, name);
		}
		if (reference == ast.getTrainingDef_Dataset()) {
			return error("Unknown dataset " + name + " in training " + container
					+ ": expected the name of a dataset declared in this file", CrnIssueCodes.UNKNOWN_DECLARATION, name,
					"dataset");
		}
		if (reference == ast.getTrainingDef_Model() || reference == ast.getCrnDef_Source()) {
			return error("Unknown model " + name + " in " + container
					+ ": expected the name of an nn or ode declared in this file", CrnIssueCodes.UNKNOWN_DECLARATION, name,
					"model");
		}
		return super.getUnresolvedProxyMessage(context);
	}

	private static String declaredSpecies(Declaration declaration) {
		if (!(declaration instanceof CrnDef crn)) {
			return "";
		}
		String names = String.join(", ", Members.species(crn).stream().map(s -> s.getName()).toList());
		return names.isEmpty() ? "" : " (" + names + ")";
	}

	private static DiagnosticMessage error(String message, String code, String... data) {
		return new DiagnosticMessage(message, Severity.ERROR, code, data);
	}
}
