package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.lang.ide.services.Region;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;

/**
 * Keeps the folding annotations equal to the service's folding regions (whole lines), keeping the collapsed state
 * of regions that did not move. Runs on the UI thread.
 */
final class FoldingUpdater {

	void update(ProjectionAnnotationModel model, IDocument document, List<Region> regions) {
		if (model == null) {
			return;
		}
		Set<Position> wanted = new HashSet<>();
		for (Region region : regions) {
			Position lines = wholeLines(document, region);
			if (lines != null) {
				wanted.add(lines);
			}
		}
		List<Annotation> removed = new ArrayList<>();
		Set<Position> kept = new HashSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation && position != null && wanted.contains(position)
					&& kept.add(new Position(position.offset, position.length))) {
				continue;
			}
			removed.add(annotation);
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : wanted) {
			if (!kept.contains(position)) {
				added.put(new ProjectionAnnotation(), position);
			}
		}
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}

	/** The lines of a region, when it spans at least two; null otherwise. */
	private static Position wholeLines(IDocument document, Region region) {
		try {
			int end = region.offset() + region.length();
			if (region.offset() < 0 || end > document.getLength()) {
				return null;
			}
			int firstLine = document.getLineOfOffset(region.offset());
			// a region ending at a line start (after its last newline) does not hold that line
			int lastLine = document.getLineOfOffset(region.length() > 0 ? end - 1 : end);
			if (lastLine <= firstLine) {
				return null;
			}
			int start = document.getLineOffset(firstLine);
			int stop = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1)
					: document.getLength();
			return new Position(start, stop - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
