package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crnstudio.model.Training;
import org.crnstudio.plot.AxisScale;
import org.crnstudio.plot.ChartFormat;
import org.crnstudio.plot.ChartWriter;
import org.crnstudio.plot.PlotSettings;
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
 * {@code crn train FILE --training NAME [--out DIR] [--plot FILE.svg|FILE.png] [--error-scale linear|log] [--stats]}: runs a
 * training, printing one line per metrics report on standard output. With --out DIR it writes DIR/NAME-metrics.csv
 * and DIR/NAME-trained.crn (each atomically); without, it prints the trained declaration after the reports. With
 * --plot it draws the metrics table (errors on the left axis, accuracies on a right axis, against the iteration),
 * atomically and only once the training has ended with its table: a failed training leaves no chart.
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

	@Option(names = "--plot", paramLabel = "FILE",
			description = "draw the metrics (error on the left axis, accuracy on the right, against the iteration) to a .png or .svg file")
	Path plot;

	@Option(names = "--error-scale", paramLabel = "linear|log", defaultValue = "linear",
			description = "the scale of the plot's error axis: linear (default) or log")
	String errorScale;

	@Option(names = "--stats", description = "print what the simulator did to standard error: for one_pot and neural_crn the method and how it was chosen, segments, steps, right-hand-side and Jacobian evaluations, LU factorizations and integration time; and the run time")
	boolean stats;

	@Override
	public Integer call() throws IOException {
		AxisScale errorAxis = errorAxisScale();
		if (plot != null) {
			try {
				ChartFormat.of(plot); // refuse a wrong extension before a long run
			} catch (IllegalArgumentException e) {
				throw new CommandFailure("crn train: --plot " + e.getMessage());
			}
		}
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
		long start = System.nanoTime();
		try {
			outcome = TrainingRunner.run(declaration, file, console);
		} catch (TrainingException e) {
			int line = e.getLine() > 0 ? e.getLine() : declaration.getLine();
			throw new CommandFailure(file + ":" + line + ": error: " + e.getMessage(), e);
		}
		if (stats) {
			String work = outcome.simulatorWork().isEmpty() ? "trained in silico (no simulation)" : outcome.simulatorWork();
			err.println(String.format(java.util.Locale.ROOT, "%s: %s; total %.3f s", training, work,
					(System.nanoTime() - start) / 1e9));
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
		if (plot != null) {
			ChartWriter.write(outcome.metrics(),
					PlotSettings.defaults(training).withScales(AxisScale.LINEAR, errorAxis), plot);
			err.println("wrote " + plot);
		}
		return 0;
	}

	private AxisScale errorAxisScale() {
		return switch (errorScale) {
			case "linear" -> AxisScale.LINEAR;
			case "log" -> AxisScale.LOG;
			default -> throw new CommandFailure("crn train: --error-scale is linear or log, found '" + errorScale + "'");
		};
	}
}
