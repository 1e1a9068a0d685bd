package org.crnstudio.cli;

import java.nio.file.Path;

import org.crnstudio.model.Training;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crn train FILE --training NAME [--out DIR]}: validated now; the training engine is a later release. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a network with a training CRN.")
final class TrainCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file")
	Path file;

	@Option(names = "--training", required = true, paramLabel = "NAME", description = "the training to run")
	String training;

	@Option(names = "--out", paramLabel = "DIR", description = "folder for the trained weights and the loss curve")
	Path out;

	@Override
	public Integer call() {
		SourceFile source = SourceFile.load(file);
		source.requireNoErrors(spec.commandLine().getErr());
		Training declaration = source.require(Training.class, "training", training);
		String method = declaration.getMethod() == null ? "its method" : declaration.getMethod().getName();
		throw new CommandFailure(file + ":" + declaration.getLine() + ": error: training '" + training + "' uses "
				+ method + ", and training CRNs are not available yet in this version of crn (check, compile and "
				+ "simulate of plain crn declarations are)");
	}
}
