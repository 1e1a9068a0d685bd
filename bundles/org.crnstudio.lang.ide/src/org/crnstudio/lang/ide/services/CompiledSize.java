package org.crnstudio.lang.ide.services;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.model.CrnModel;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.ReactionNetwork;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The size of a compiled network (species and reactions by kind), computed by the compilers on a copy of the
 * model, so that the document's own model stays as parsed.
 */
final class CompiledSize {

	private CompiledSize() {
	}

	static String of(CrnModel model, String networkName) {
		CrnModel copy = EcoreUtil.copy(model);
		ReactionNetwork network = null;
		for (Declaration declaration : copy.getDeclarations()) {
			if (declaration instanceof ReactionNetwork candidate && networkName.equals(candidate.getName())) {
				network = candidate;
			}
		}
		if (network == null || network.getCompilation() == null) {
			return "not available (the compilation has errors)";
		}
		try {
			new CrnCompiler().compile(network);
			return SizeSummary.of(network).describe();
		} catch (CompilationException e) {
			String message = e.getMessage() == null ? "" : e.getMessage();
			return message.contains("not available yet") ? "not available yet (" + message + ")" : "cannot compile: " + message;
		} catch (RuntimeException e) {
			return "cannot compile: " + e;
		}
	}
}
