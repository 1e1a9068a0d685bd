package org.crnstudio.lang.ide.scoping;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.scoping.CrnScopeProvider;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * The language's scopes, with the species and rate scopes of a crn built once per crn and resource version
 * instead of once per reference: flattening a crn's members for each of its references is quadratic in the
 * network's size (a 64,000-reaction network took minutes to link).
 */
public class MemberScopeCache extends CrnScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		AstPackage ast = AstPackage.eINSTANCE;
		if (reference == ast.getTerm_Species()) {
			CrnDef crn = EcoreUtil2.getContainerOfType(context, CrnDef.class);
			if (crn != null && crn.eResource() != null) {
				return cache.get(Tuples.pair(crn, "species"), crn.eResource(), () -> Scopes.scopeFor(Members.species(crn)));
			}
		}
		if (reference == ast.getSymbolRef_Symbol() && EcoreUtil2.getContainerOfType(context, Reaction.class) != null) {
			CrnDef crn = EcoreUtil2.getContainerOfType(context, CrnDef.class);
			if (crn != null && crn.eResource() != null) {
				return cache.get(Tuples.pair(crn, "rate"), crn.eResource(), () -> Scopes.scopeFor(Members.parameters(crn)));
			}
		}
		return super.getScope(context, reference);
	}
}
