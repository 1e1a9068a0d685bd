package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Resting the mouse on a species opens the hover with its initial value and its reactions. */
class HoverTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void hoveringASpeciesShowsItsInitialValueAndReactions() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("hover", false), "demo.crn", Samples.DEMO));
		Workbench.waitReconciled(editor);
		StyledText text = editor.viewer().getTextWidget();
		// the species A in "decay: A -> 0 @ k"
		int offset = Samples.offsetOf(Samples.DEMO, "decay: A", 0) + "decay: ".length();
		Point inText = text.getLocationAtOffset(offset);
		Point onScreen = text.toDisplay(inText.x + 3, inText.y + text.getLineHeight() / 2);
		text.setFocus();

		String[] shown = new String[1];
		UiConditions.waitUntil("the hover of species A", Workbench.TIMEOUT, () -> {
			// Move onto the word (twice, a pixel apart: the hover manager starts on a move inside the text).
			mouseMove(onScreen.x, onScreen.y);
			mouseMove(onScreen.x + 1, onScreen.y);
			UiConditions.drainEvents();
			shown[0] = hoverText().orElse(null);
			return shown[0] != null && shown[0].contains("A");
		});
		Screenshots.save("hover-species");
		assertTrue(shown[0].contains("species A of crn Demo"), shown[0]);
		assertTrue(shown[0].contains("initial value: 1"), shown[0]);
		assertTrue(shown[0].contains("decay: A -> 0 @ k"), shown[0]);
	}

	private static void mouseMove(int x, int y) {
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = x;
		event.y = y;
		Display.getCurrent().post(event);
		long until = System.currentTimeMillis() + 700; // the platform's hover delay is about half a second
		while (System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** The text of a visible hover shell: a shell other than the workbench window holding a StyledText. */
	private static Optional<String> hoverText() {
		Shell window = Workbench.page().getWorkbenchWindow().getShell();
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> shell != window && shell.isVisible())
				.map(HoverTest::firstStyledText).filter(t -> t != null && !t.isBlank()).findFirst();
	}

	private static String firstStyledText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof StyledText styled) {
				return styled.getText();
			}
			if (child instanceof Composite composite) {
				String found = firstStyledText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
