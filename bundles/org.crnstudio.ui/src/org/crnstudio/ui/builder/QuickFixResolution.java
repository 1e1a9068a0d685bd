package org.crnstudio.ui.builder;

import java.util.List;
import java.util.Optional;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.Problem;
import org.crnstudio.lang.ide.services.QuickFix;
import org.crnstudio.ui.SharedLanguageServices;
import org.crnstudio.ui.editor.TextEdits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/**
 * Applies one quick fix to the marker's file through its text buffer (so an open editor shows the change and can
 * undo it). A file that had no unsaved changes is saved again, so the builder revalidates it at once.
 */
final class QuickFixResolution implements IMarkerResolution2 {

	private final QuickFix fix;
	private final IMarker marker;

	QuickFixResolution(QuickFix fix, IMarker marker) {
		this.fix = fix;
		this.marker = marker;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return fix.description();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker target) {
		IMarker chosen = target == null ? marker : target;
		if (!(chosen.getResource() instanceof IFile file)) {
			return;
		}
		try (FileText text = FileText.connect(file)) {
			boolean wasDirty = text.isDirty();
			// recompute on the current text: the marker may be older than the last edits
			CrnDocument parsed = SharedLanguageServices.get().parse(text.document().get(), file.getName());
			Optional<Problem> problem = CrnMarkerResolutions.problemOf(chosen, parsed);
			Optional<QuickFix> current = problem.flatMap(p -> SharedLanguageServices.get().quickFixes(parsed, p)
					.stream().filter(f -> f.label().equals(fix.label())).findFirst());
			List<org.crnstudio.lang.ide.services.TextEdit> edits = current.orElse(fix).edits();
			TextEdits.apply(text.document(), edits, null);
			if (!wasDirty) {
				text.save();
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(getClass()).error("Cannot apply the quick fix '" + fix.label() + "' to " + file.getFullPath(), e);
		}
	}
}
