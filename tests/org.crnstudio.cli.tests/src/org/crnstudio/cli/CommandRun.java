package org.crnstudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the {@code crn} command line with captured output, as a script would see it. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CommandRun(code, out.toString(), err.toString());
	}

	/** The repository's examples folder (set by the test pom). */
	static Path example(String name) {
		return Path.of(System.getProperty("crnstudio.test.examples", "../../examples")).resolve(name).toAbsolutePath().normalize();
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
	}
}
