package org.crnstudio.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;

/**
 * Measures the longest stall of the UI thread: between {@link #start()} and {@link #stop()} a timer beats every
 * 10 ms on the UI thread; while the thread is busy with something else the next beat comes late, so the longest gap
 * between two beats bounds the longest time the UI did not respond. Create, start and stop on the UI thread, and
 * keep the event loop running in between (e.g. in {@link UiConditions#waitUntil}).
 */
public final class UiHeartbeat {

	private static final int INTERVAL_MS = 10;
	private static final long SLOW_NANOS = 100_000_000L;

	private final Display display = Display.getCurrent();
	private final List<String> slow = new ArrayList<>();
	private final Runnable beat = this::beat;
	private long startedAt;
	private long lastBeatAt;
	private long longestGapNanos;
	private int beats;
	private boolean running;

	public void start() {
		startedAt = System.nanoTime();
		lastBeatAt = startedAt;
		running = true;
		display.timerExec(INTERVAL_MS, beat);
	}

	/** Stops beating; the time since the last beat counts as a gap too. */
	public void stop() {
		if (running) {
			record(System.nanoTime());
			running = false;
			display.timerExec(-1, beat);
		}
	}

	private void beat() {
		if (!running) {
			return;
		}
		record(System.nanoTime());
		beats++;
		display.timerExec(INTERVAL_MS, beat);
	}

	private void record(long now) {
		long gap = now - lastBeatAt;
		longestGapNanos = Math.max(longestGapNanos, gap);
		if (gap > SLOW_NANOS) {
			slow.add((gap / 1_000_000) + " ms at " + (lastBeatAt - startedAt) / 1_000_000 + " ms");
		}
		lastBeatAt = now;
	}

	/** The longest time between two beats, in milliseconds (at least the 10 ms interval once it has beaten). */
	public long longestStallMs() {
		return longestGapNanos / 1_000_000;
	}

	/** The gaps above 100 ms, as "G ms at T ms" (T: when the gap began, since start). */
	public List<String> slowOnes() {
		return List.copyOf(slow);
	}

	/** How many beats ran: a heartbeat that never beat measured nothing. */
	public int beats() {
		return beats;
	}
}
