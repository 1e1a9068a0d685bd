package org.crnstudio.cli;

import java.nio.file.Path;

import org.crnstudio.lang.load.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crn check FILE}: prints every diagnostic; exit status 1 when there is an error. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Parse and validate a .crn file; print diagnostics as FILE:LINE:COL: error|warning: message.")
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file to check")
	Path file;

	@Override
	public Integer call() {
		SourceFile source = SourceFile.load(file);
		source.printDiagnostics(spec.commandLine().getErr());
		boolean errors = source.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
		return errors ? CommandFailure.EXIT_FAILURE : 0;
	}
}
