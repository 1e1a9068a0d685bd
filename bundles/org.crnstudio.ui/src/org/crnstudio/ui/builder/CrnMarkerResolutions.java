package org.crnstudio.ui.builder;

import java.util.List;
import java.util.Optional;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.Problem;
import org.crnstudio.lang.ide.services.QuickFix;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes from the Problems view: the service's fixes for the problem a marker records, computed on the file's
 * current text (the open editor's, if any).
 */
public final class CrnMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !marker.getAttribute(ProblemMarkers.CODE, "").isEmpty() && !fixes(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixes(marker).stream().map(fix -> new QuickFixResolution(fix, marker))
				.toArray(IMarkerResolution[]::new);
	}

	/** The fixes for the marker's problem in the file's current text. */
	static List<QuickFix> fixes(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return List.of();
		}
		try (FileText text = FileText.connect(file)) {
			IDocument document = text.document();
			CrnDocument parsed = SharedLanguageServices.get().parse(document.get(), file.getName());
			return problemOf(marker, parsed).map(p -> SharedLanguageServices.get().quickFixes(parsed, p))
					.orElse(List.of());
		} catch (CoreException e) {
			ILog.of(CrnMarkerResolutions.class).warn("Cannot read " + file.getFullPath() + " for quick fixes", e);
			return List.of();
		}
	}

	/** The parsed problem the marker records: same code, at the marker's start (or else on its line). */
	static Optional<Problem> problemOf(IMarker marker, CrnDocument parsed) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		List<String> data = ProblemMarkers.data(marker);
		List<Problem> sameCode = parsed.problems().stream().filter(p -> code.equals(p.code())).toList();
		return sameCode.stream().filter(p -> p.offset() == start && p.data().equals(data)).findFirst()
				.or(() -> sameCode.stream().filter(p -> p.line() == line && p.data().equals(data)).findFirst())
				.or(() -> sameCode.stream().filter(p -> p.offset() == start).findFirst());
	}
}
