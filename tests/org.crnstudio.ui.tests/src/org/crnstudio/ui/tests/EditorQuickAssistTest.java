package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+1 on an undeclared species offers "declare species"; choosing it applies it; one undo restores the text. */
class EditorQuickAssistTest {

	private static final String UNDECLARED = Samples.DEMO.replace("decay: A -> 0 @ k", "decay: A -> B @ k");

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void ctrl1AppliesDeclareSpeciesAndUndoRevertsIt() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("assist1", false), "demo.crn", UNDECLARED));
		UiConditions.waitUntil("the error annotation for B", Workbench.TIMEOUT,
				() -> ValidationAsYouTypeTest.errorAnnotations(editor).stream().anyMatch(a -> a.getText().contains("B")));

		editor.selectAndReveal(Samples.offsetOf(UNDECLARED, "B @ k", 0), 0);
		editor.viewer().getTextWidget().setFocus();
		UiConditions.drainEvents();
		Keyboard.key(0, '1', SWT.CTRL);
		List<String> rows = ContentAssistTest.waitForPopupRows();
		assertTrue(rows.get(0).toLowerCase().contains("species") && rows.get(0).contains("B"),
				"the nearest problem's fix comes first: " + rows);
		Screenshots.save("quick-assist-ctrl1");
		ContentAssistTest.chooseFirstProposal();

		IDocument document = Workbench.document(editor);
		UiConditions.waitUntil("the fix to be applied", Workbench.TIMEOUT,
				() -> document.get().contains("    species B = 0\n"));
		assertEquals(UNDECLARED, document.get().replace("    species B = 0\n", ""));
		Workbench.waitReconciled(editor);
		assertTrue(ValidationAsYouTypeTest.errorAnnotations(editor).isEmpty(),
				ValidationAsYouTypeTest.errorAnnotations(editor).toString());

		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(UNDECLARED, document.get(), "one undo reverts the whole fix");
	}
}
