package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crnstudio.model.Training;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crn train FILE --training NAME [--out DIR]}: runs a training, printing one line per metrics report on
 * standard output. With --out DIR it writes DIR/NAME-metrics.csv and DIR/NAME-trained.crn (each atomically);
 * without, it prints the trained declaration after the reports.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
		description = "Run a training declaration: a line per metrics report, then the trained model as a new declaration.")
final class TrainCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file")
	Path file;

	@Option(names = "--training", required = true, paramLabel = "NAME", description = "the training to run")
	String training;

	@Option(names = "--out", paramLabel = "DIR",
			description = "write DIR/NAME-metrics.csv and DIR/NAME-trained.crn instead of printing the trained model")
	Path out;

	@Override
	public Integer call() throws IOException {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SourceFile source = SourceFile.load(file);
		source.requireNoErrors(err);
		Training declaration = source.require(Training.class, "training", training);
		TrainingMonitor console = new TrainingMonitor() {
			@Override
			public void report(TrainingReport report) {
				stdout.println(report.describe());
				stdout.flush();
			}

			@Override
			public void log(String line) {
				err.println(line);
				err.flush();
			}
		};
		TrainingOutcome outcome;
		try {
			outcome = TrainingRunner.run(declaration, file, console);
		} catch (TrainingException e) {
			int line = e.getLine() > 0 ? e.getLine() : declaration.getLine();
			throw new CommandFailure(file + ":" + line + ": error: " + e.getMessage(), e);
		}
		if (out == null) {
			stdout.print(outcome.trainedDeclarations());
			stdout.flush();
		} else {
			Path metrics = out.resolve(training + "-metrics.csv");
			Path trained = out.resolve(training + "-trained.crn");
			TrainingMetrics.writeCsv(outcome.metrics(), metrics);
			org.crnstudio.io.AtomicFileWriter.write(trained, writer -> writer.write(outcome.trainedDeclarations()));
			err.println("wrote " + metrics + " and " + trained);
		}
		return 0;
	}
}
