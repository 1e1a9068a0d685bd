package org.crnstudio.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ide.services.Problem;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/**
 * Shows the problems of the latest parse as annotations (squiggles, ruler and overview ruler) while typing; the
 * builder's markers show the saved file's problems in the Problems view.
 */
final class ProblemAnnotations {

	static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
	static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

	/** An annotation that remembers the problem it shows, for quick assist. */
	static final class ProblemAnnotation extends Annotation {
		private final Problem problem;

		ProblemAnnotation(Problem problem) {
			super(typeOf(problem), false, problem.message());
			this.problem = problem;
		}

		Problem problem() {
			return problem;
		}
	}

	private Annotation[] shown = new Annotation[0];

	/** Replaces the annotations shown before with those of {@code problems}. */
	synchronized void show(IAnnotationModel model, List<Problem> problems, int documentLength) {
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Problem problem : problems) {
			int offset = Math.max(0, Math.min(problem.offset(), documentLength));
			int length = Math.max(0, Math.min(problem.length(), documentLength - offset));
			added.put(new ProblemAnnotation(problem), new Position(offset, length));
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, added);
		} else {
			for (Annotation old : shown) {
				model.removeAnnotation(old);
			}
			added.forEach(model::addAnnotation);
		}
		shown = added.keySet().toArray(Annotation[]::new);
	}

	private static String typeOf(Problem problem) {
		return switch (problem.severity()) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}
