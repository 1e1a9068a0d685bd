package org.crnstudio.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the {@code crn} command line. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs one command with the given streams and returns its exit code (used by tests too). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new CrnCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler(new FailureReporter());
		try {
			return commandLine.execute(args);
		} finally {
			out.flush();
			err.flush();
		}
	}
}
