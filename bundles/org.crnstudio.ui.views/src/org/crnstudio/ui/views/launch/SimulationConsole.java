package org.crnstudio.ui.views.launch;

import org.eclipse.ui.console.MessageConsole;

/** The "CRN Simulation" console where simulation runs log what they do; one for the workbench. */
public final class SimulationConsole {

	public static final String NAME = "CRN Simulation";

	private SimulationConsole() {
	}

	/** The console, created and added to the console manager on first use. */
	public static MessageConsole get() {
		return LaunchConsole.get(NAME);
	}

	/** Writes one line (from any thread). */
	public static void println(String line) {
		LaunchConsole.println(NAME, line);
	}

	/** Brings the console up (a run failed). */
	public static void show() {
		LaunchConsole.show(NAME);
	}
}
