package org.crnstudio.ui.views.launch;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The "CRN Simulation" console where simulation runs log what they do; one for the workbench. */
public final class SimulationConsole {

	public static final String NAME = "CRN Simulation";

	private SimulationConsole() {
	}

	/** The console, created and added to the console manager on first use. */
	public static synchronized MessageConsole get() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (NAME.equals(console.getName()) && console instanceof MessageConsole message) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(NAME, null);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	/** Writes one line (from any thread). */
	public static void println(String line) {
		try (MessageConsoleStream stream = get().newMessageStream()) {
			stream.println(line);
		} catch (IOException e) {
			// closing a message stream does not fail in practice; the line is already queued
		}
	}

	/** Brings the console up (a run failed). */
	public static void show() {
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(get());
	}
}
