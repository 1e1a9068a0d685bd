package org.crnstudio.ui.tests;

import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Types through the operating system's event queue (Display.post), as a user would. */
final class Keyboard {

	private Keyboard() {
	}

	/** Types every character of {@code text} ('\n' as the Enter key) into the focused control. */
	static void type(String text) {
		for (char c : text.toCharArray()) {
			if (c == '\n') {
				key(SWT.CR, '\r', 0);
			} else {
				key(0, c, Character.isUpperCase(c) ? SWT.SHIFT : 0);
			}
			UiConditions.drainEvents();
		}
	}

	/** Presses one key (keyCode or character) with optional modifiers (SWT.CTRL, SWT.SHIFT). */
	static void key(int keyCode, char character, int modifiers) {
		Display display = Display.getCurrent();
		int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, modifier, '\0');
			}
		}
		post(display, SWT.KeyDown, keyCode, character);
		post(display, SWT.KeyUp, keyCode, character);
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyUp, modifier, '\0');
			}
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new AssertionError("The display refused the key event " + keyCode + "/" + character);
		}
	}
}
