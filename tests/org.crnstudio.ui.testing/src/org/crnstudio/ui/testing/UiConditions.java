package org.crnstudio.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits for a condition on the UI thread by running the event loop, never by sleeping blindly. */
public final class UiConditions {

	private UiConditions() {
	}

	/** Processes UI events until {@code condition} holds; fails with {@code description} after {@code timeout}. */
	public static void waitUntil(String description, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				saveScreenshot(description);
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + description);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { }); // wakes the sleep below so the condition is re-checked
				display.sleep();
			}
		}
	}

	/** What the screen showed when a wait timed out, to see which dialog or state got in the way. */
	private static void saveScreenshot(String description) {
		try {
			Screenshots.save("timeout-" + description.replaceAll("[^A-Za-z0-9]+", "-"));
		} catch (java.io.IOException | RuntimeException e) {
			// the timeout itself is what the test reports
		}
	}

	/** Runs the event loop until no more events are pending. */
	public static void drainEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}
}
