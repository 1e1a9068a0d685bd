package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import org.crnstudio.ui.SharedLanguageServices;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Toggle Comment (Ctrl+/) comments lines in and out, Ctrl+Shift+F formats, declarations fold, and the caret's name is marked. */
class EditingCommandsTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void toggleCommentCommentsTheLineOutAndInAgain() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("comment", false), "demo.crn", Samples.DEMO));
		IDocument document = Workbench.document(editor);
		editor.selectAndReveal(Samples.offsetOf(Samples.DEMO, "decay", 0) + 2, 0);
		editor.viewer().getTextWidget().setFocus();
		UiConditions.drainEvents();

		toggleComment();
		UiConditions.waitUntil("the line to be commented out", Workbench.TIMEOUT,
				() -> document.get().contains("\n//     decay: A -> 0 @ k\n"));
		assertEquals(Samples.DEMO.replace("    decay:", "//     decay:").length(), document.get().length());
		Screenshots.save("toggle-comment");

		toggleComment();
		UiConditions.waitUntil("the comment to be removed", Workbench.TIMEOUT,
				() -> document.get().equals(Samples.DEMO));
	}

	@Test
	void ctrlShiftFFormatsAsTheServiceDoes() throws Exception {
		String messy = Samples.DEMO.replace("    species A = 1", "species   A=1").replace("    until 10", "  until    10");
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("format", false), "messy.crn", messy));
		String expected = SharedLanguageServices.get()
				.format(SharedLanguageServices.get().parse(messy, "messy.crn")).orElseThrow();
		IDocument document = Workbench.document(editor);
		editor.viewer().getTextWidget().setFocus();
		UiConditions.drainEvents();

		Keyboard.key(0, 'F', SWT.CTRL | SWT.SHIFT);
		UiConditions.waitUntil("the text to be formatted", Workbench.TIMEOUT, () -> document.get().equals(expected));
		assertTrue(document.get().contains("\n    species A = 1\n"), document.get());
	}

	@Test
	void declarationsFoldAndTheNameAtTheCaretIsMarked() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("fold", false), "demo.crn", Samples.DEMO));
		ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
		UiConditions.waitUntil("a folding region per declaration", Workbench.TIMEOUT,
				() -> foldingRegions(viewer) == 2);

		// the parameter k: its declaration and its use in the rate
		editor.selectAndReveal(Samples.offsetOf(Samples.DEMO, "@ k", 0) + 2, 0);
		UiConditions.waitUntil("both occurrences of k to be marked", Workbench.TIMEOUT,
				() -> editor.markedOccurrences() == 2);
		Screenshots.save("occurrences-and-folding");

		viewer.doOperation(ProjectionViewer.COLLAPSE_ALL);
		UiConditions.drainEvents();
		assertEquals(3, viewer.getTextWidget().getLineCount() - emptyTrailingLine(viewer),
				"collapsed: one line per declaration plus the blank line between: "
						+ viewer.getTextWidget().getText());
	}

	/** Runs the command bound to Ctrl+/ in the editor's context. */
	private static void toggleComment() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(CrnEditor.TOGGLE_COMMENT_COMMAND,
				null);
		UiConditions.drainEvents();
	}

	private static int emptyTrailingLine(ProjectionViewer viewer) {
		return viewer.getTextWidget().getText().endsWith("\n") ? 1 : 0;
	}

	private static int foldingRegions(ProjectionViewer viewer) {
		int count = 0;
		for (Iterator<Annotation> it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProjectionAnnotation) {
				count++;
			}
		}
		return count;
	}
}
