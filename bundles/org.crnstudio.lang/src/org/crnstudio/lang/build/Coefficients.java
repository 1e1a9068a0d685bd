package org.crnstudio.lang.build;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Term;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The stoichiometric coefficient of a term: as written, or 1 when none is written. */
public final class Coefficients {

	private Coefficients() {
	}

	public static int of(Term term) {
		return written(term) ? term.getCoefficient() : 1;
	}

	/** Whether the term writes a coefficient (a written 0 is not the same as none). */
	public static boolean written(Term term) {
		return !NodeModelUtils.findNodesForFeature(term, AstPackage.Literals.TERM__COEFFICIENT).isEmpty();
	}

	/** Whether the term writes the coefficient 0 (not: a coefficient that failed to convert). */
	public static boolean writtenZero(Term term) {
		return NodeModelUtils.findNodesForFeature(term, AstPackage.Literals.TERM__COEFFICIENT).stream()
				.anyMatch(node -> NodeModelUtils.getTokenText(node).strip().matches("0+"));
	}
}
