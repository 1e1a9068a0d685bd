package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** F3 on a reference selects its declaration. */
class GoToDefinitionTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void f3OnAReferenceSelectsTheDeclaration() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("definition", false), "demo.crn", Samples.DEMO));

		// the rate k in "decay: A -> 0 @ k" -> "parameter k = 1"
		int rate = Samples.offsetOf(Samples.DEMO, "@ k", 0) + 2;
		pressF3At(editor, rate);
		UiConditions.waitUntil("the selection to move to the parameter", Workbench.TIMEOUT,
				() -> selection(editor).getOffset() == Samples.offsetOf(Samples.DEMO, "k = 1", 0));
		assertEquals("k", selection(editor).getText());
		Screenshots.save("definition-parameter");

		// the network in "of Demo" -> "crn Demo"
		pressF3At(editor, Samples.offsetOf(Samples.DEMO, "of Demo", 0) + 4);
		UiConditions.waitUntil("the selection to move to the network", Workbench.TIMEOUT,
				() -> selection(editor).getOffset() == Samples.offsetOf(Samples.DEMO, "Demo", 0));
		assertEquals("Demo", selection(editor).getText());
	}

	private static void pressF3At(CrnEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		editor.viewer().getTextWidget().setFocus();
		UiConditions.drainEvents();
		Keyboard.key(SWT.F3, '\0', 0);
		UiConditions.drainEvents();
	}

	private static ITextSelection selection(CrnEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}
}
