package org.crnstudio.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.Reaction;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Names resolve within a file: species and parameters within their crn, inputs, states and parameters within their
 * ode, declarations file-wide. Rates see only parameters; observables see species, parameters and observables.
 */
public class CrnScopeProvider extends AbstractCrnScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		AstPackage ast = AstPackage.eINSTANCE;
		if (reference == ast.getTerm_Species()) {
			CrnDef crn = EcoreUtil2.getContainerOfType(context, CrnDef.class);
			return crn == null ? IScope.NULLSCOPE : Scopes.scopeFor(Members.species(crn));
		}
		if (reference == ast.getSymbolRef_Symbol()) {
			return symbols(context);
		}
		if (reference == ast.getEquation_State()) {
			OdeDef ode = EcoreUtil2.getContainerOfType(context, OdeDef.class);
			return ode == null ? IScope.NULLSCOPE : Scopes.scopeFor(Members.states(ode));
		}
		if (reference.getEReferenceType() == ast.getDeclaration()) {
			File file = EcoreUtil2.getContainerOfType(context, File.class);
			return file == null ? IScope.NULLSCOPE : Scopes.scopeFor(file.getDeclarations());
		}
		return super.getScope(context, reference);
	}

	private static IScope symbols(EObject context) {
		Declaration declaration = EcoreUtil2.getContainerOfType(context, Declaration.class);
		List<EObject> visible = new ArrayList<>();
		if (declaration instanceof CrnDef crn) {
			visible.addAll(Members.parameters(crn));
			if (EcoreUtil2.getContainerOfType(context, Reaction.class) == null) {
				visible.addAll(Members.species(crn));
				visible.addAll(Members.observables(crn));
			}
		} else if (declaration instanceof OdeDef ode) {
			visible.addAll(Members.inputs(ode));
			visible.addAll(Members.states(ode));
			visible.addAll(Members.parameters(ode));
		}
		return Scopes.scopeFor(visible);
	}
}
