package org.crnstudio.lang.ide;

import org.crnstudio.lang.ide.contentassist.CrnContentProposals;
import org.crnstudio.lang.ide.scoping.MemberScopeCache;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.scoping.IScopeProvider;

/** Guice bindings of the UI-free ide services: the generated defaults and the language's content proposals. */
public class CrnIdeModule extends AbstractCrnIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return CrnContentProposals.class;
	}

	/** Scopes cached per crn: linking a large network stays linear (overrides the runtime module's binding). */
	public Class<? extends IScopeProvider> bindIScopeProvider() {
		return MemberScopeCache.class;
	}

	/** No binding (null): the language-server rename service needs LSP4J, which the platform does not ship. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return null;
	}

	/** No binding (null), as for the rename service. */
	@Override
	public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
		return null;
	}
}
