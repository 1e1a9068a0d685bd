package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.crnstudio.lang.validation.CrnIssueCodes;
import org.crnstudio.ui.builder.ProblemMarkers;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Typing a reaction with an undeclared species shows an error annotation while typing, and after saving the
 * builder's marker appears in the Problems view.
 */
class ValidationAsYouTypeTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void undeclaredSpeciesIsAnnotatedWhileTypingAndMarkedAfterSave() throws Exception {
		IFile file = Workbench.file(Workbench.project("validation", true), "demo.crn", Samples.DEMO);
		CrnEditor editor = Workbench.open(file);
		assertTrue(errorAnnotations(editor).isEmpty(), "the sample starts valid: " + errorAnnotations(editor));

		String line = "decay: A -> 0 @ k";
		editor.selectAndReveal(Samples.offsetOf(Samples.DEMO, line, 0) + line.length(), 0);
		editor.viewer().getTextWidget().setFocus();
		Keyboard.type("\nmake: A -> B @ k");
		IDocument document = Workbench.document(editor);
		assertTrue(document.get().contains("make: A -> B @ k"), document.get());

		UiConditions.waitUntil("an error annotation naming B", Workbench.TIMEOUT,
				() -> errorAnnotations(editor).stream().anyMatch(a -> a.getText().contains("B")));
		Screenshots.save("validation-annotation");

		editor.doSave(null);
		UiConditions.waitUntil("the builder's marker for B", Workbench.TIMEOUT,
				() -> markers(file).stream().anyMatch(m -> CrnIssueCodes.UNDECLARED_SPECIES.equals(
						m.getAttribute(ProblemMarkers.CODE, "")) && m.getAttribute(IMarker.MESSAGE, "").contains("B")));
		IMarker marker = markers(file).stream()
				.filter(m -> CrnIssueCodes.UNDECLARED_SPECIES.equals(m.getAttribute(ProblemMarkers.CODE, "")))
				.findFirst().orElseThrow();
		assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("B", ProblemMarkers.data(marker).get(0));

		IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		UiConditions.waitUntil("the Problems view to list the marker", Workbench.TIMEOUT,
				() -> treeTexts(problems).stream().anyMatch(t -> t.contains(message)));
		Screenshots.save("validation-problems-view");
	}

	/** The editor's own problem annotations (from typing), not the builder's marker annotations. */
	static List<Annotation> errorAnnotations(CrnEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Annotation> errors = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof MarkerAnnotation) {
				continue;
			}
			if (annotation.getType().equals("org.eclipse.ui.workbench.texteditor.error")
					|| annotation.getType().equals("org.eclipse.ui.workbench.texteditor.warning")) {
				errors.add(annotation);
			}
		}
		return errors;
	}

	static List<IMarker> markers(IFile file) {
		try {
			return List.of(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** The texts of every tree item in the view's window (the Problems view's tree among them), groups expanded. */
	static List<String> treeTexts(IViewPart view) {
		List<String> texts = new ArrayList<>();
		collectTrees(view.getSite().getShell(), texts);
		return texts;
	}

	private static void collectTrees(Control control, List<String> texts) {
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collect(item, texts);
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTrees(child, texts);
			}
		}
	}

	private static void collect(TreeItem item, List<String> texts) {
		texts.add(item.getText());
		if (!item.getExpanded()) {
			// as a click on the arrow does: the viewer creates the children on the Expand event
			Event expand = new Event();
			expand.item = item;
			item.getParent().notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
		for (TreeItem child : item.getItems()) {
			collect(child, texts);
		}
	}
}
