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
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Names resolve within a file: species and parameters within their crn, inputs, states and parameters within their
 * ode, declarations file-wide. Rates see only parameters; observables see species, parameters and observables.
 * <p>
 * Each scope is built once per declaration and resource version ({@link IResourceScopeCache}), not once per
 * reference: collecting a crn's members for each of its references is quadratic in the network's size (a
 * 64,000-reaction network took minutes to link without the cache, 4 s with it).
 */
public class CrnScopeProvider extends AbstractCrnScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		AstPackage ast = AstPackage.eINSTANCE;
		if (reference == ast.getTerm_Species()) {
			CrnDef crn = EcoreUtil2.getContainerOfType(context, CrnDef.class);
			return crn == null ? IScope.NULLSCOPE : cached(crn, "species", () -> Scopes.scopeFor(Members.species(crn)));
		}
		if (reference == ast.getSymbolRef_Symbol()) {
			Declaration declaration = EcoreUtil2.getContainerOfType(context, Declaration.class);
			boolean inReaction = EcoreUtil2.getContainerOfType(context, Reaction.class) != null;
			return declaration == null ? IScope.NULLSCOPE
					: cached(declaration, inReaction ? "rate" : "symbols", () -> symbols(declaration, inReaction));
		}
		if (reference == ast.getEquation_State()) {
			OdeDef ode = EcoreUtil2.getContainerOfType(context, OdeDef.class);
			return ode == null ? IScope.NULLSCOPE : cached(ode, "states", () -> Scopes.scopeFor(Members.states(ode)));
		}
		if (reference.getEReferenceType() == ast.getDeclaration()) {
			File file = EcoreUtil2.getContainerOfType(context, File.class);
			return file == null ? IScope.NULLSCOPE
					: cached(file, "declarations", () -> Scopes.scopeFor(file.getDeclarations()));
		}
		return super.getScope(context, reference);
	}

	private IScope cached(EObject owner, String kind, Provider<IScope> scope) {
		if (owner.eResource() == null) {
			return scope.get();
		}
		return cache.get(Tuples.pair(owner, kind), owner.eResource(), scope);
	}

	private static IScope symbols(Declaration declaration, boolean inReaction) {
		List<EObject> visible = new ArrayList<>();
		if (declaration instanceof CrnDef crn) {
			visible.addAll(Members.parameters(crn));
			if (!inReaction) {
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
