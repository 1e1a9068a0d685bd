package org.crnstudio.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ide.services.Region;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/**
 * Marks the declaration and every reference of the name under the caret (annotation type
 * {@value #TYPE}, highlighted as configured in plugin.xml). Only from a parse of the current text.
 */
final class OccurrencesMarker {

	static final String TYPE = "org.crnstudio.ui.occurrences";

	private Annotation[] shown = new Annotation[0];

	void caretMoved(CrnDocumentState state, IDocument document, IAnnotationModel model, int caret) {
		if (model == null) {
			return;
		}
		ParsedSnapshot parsed = state.ifCurrent(document);
		if (parsed == null) {
			return; // stale: the next caret move after the reconcile marks again
		}
		List<Region> regions = SharedLanguageServices.get().occurrences(parsed.document(), caret);
		Map<Annotation, Position> added = new HashMap<>();
		for (Region region : regions) {
			added.put(new Annotation(TYPE, false, "Occurrence"), new Position(region.offset(), region.length()));
		}
		replace(model, added);
	}

	void clear(IAnnotationModel model) {
		if (model != null) {
			replace(model, Map.of());
		}
	}

	/** How many occurrences are marked (for tests and the status line). */
	int count() {
		return shown.length;
	}

	private void replace(IAnnotationModel model, Map<Annotation, Position> added) {
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
}
