package org.crnstudio.lang.build;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The 1-based source line where an AST element starts (its first non-hidden token), 0 when unknown. */
public final class SourceLines {

	private SourceLines() {
	}

	public static int lineOf(EObject astElement) {
		ICompositeNode node = astElement == null ? null : NodeModelUtils.findActualNodeFor(astElement);
		return node == null ? 0 : node.getStartLine();
	}
}
