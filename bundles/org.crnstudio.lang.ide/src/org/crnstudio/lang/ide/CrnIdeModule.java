package org.crnstudio.lang.ide;

import org.crnstudio.lang.ide.contentassist.CrnContentProposals;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

/** Guice bindings of the UI-free ide services: the generated defaults and the language's content proposals. */
public class CrnIdeModule extends AbstractCrnIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return CrnContentProposals.class;
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
