package org.crnstudio.ui.views.launch;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** A named console of the workbench where runs log what they do ("CRN Simulation", "CRN Training"). */
public final class LaunchConsole {

	private LaunchConsole() {
	}

	/** The console of that name, created and added to the console manager on first use. */
	public static synchronized MessageConsole get(String name) {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (name.equals(console.getName()) && console instanceof MessageConsole message) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(name, null);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}

	/** Writes one line (from any thread). */
	public static void println(String name, String line) {
		try (MessageConsoleStream stream = get(name).newMessageStream()) {
			stream.println(line);
		} catch (IOException e) {
			// closing a message stream does not fail in practice; the line is already queued
		}
	}

	/** Brings the console up (a run failed). */
	public static void show(String name) {
		ConsolePlugin.getDefault().getConsoleManager().showConsoleView(get(name));
	}
}
