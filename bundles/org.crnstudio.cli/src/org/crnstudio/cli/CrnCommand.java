package org.crnstudio.cli;

import picocli.CommandLine.Command;

/** The {@code crn} command: checks, compiles, simulates and trains the declarations of .crn files. */
@Command(name = "crn", mixinStandardHelpOptions = true, version = "CRN Studio 0.1.0",
		description = "Chemical reaction networks that compute: check, compile, simulate and train .crn files.",
		subcommands = { CheckCommand.class, CompileCommand.class, SimulateCommand.class, TrainCommand.class,
				AgreeCommand.class })
final class CrnCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(),
				"Missing command: use one of check, compile, simulate, train, agree");
	}
}
