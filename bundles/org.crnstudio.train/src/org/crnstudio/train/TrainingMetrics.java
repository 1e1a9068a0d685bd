package org.crnstudio.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.NumberText;
import org.crnstudio.io.Trajectory;

/**
 * The metrics table of a training: a {@link Trajectory} whose time axis is the iteration and whose series are
 * the errors and accuracies. Methods {@link #record} each report here: it is kept and passed on to the monitor.
 */
public final class TrainingMetrics {

	/** The columns of the metrics CSV; the first is the trajectory's time axis. */
	public static final List<String> COLUMNS = List.of("iteration", "train_error", "train_accuracy",
			"validation_error", "validation_accuracy");

	private final Trajectory table = new Trajectory(COLUMNS.get(0), COLUMNS.subList(1, COLUMNS.size()));
	private final TrainingMonitor monitor;

	public TrainingMetrics(TrainingMonitor monitor) {
		this.monitor = monitor;
	}

	public void record(TrainingReport report) {
		double[] row = report.values();
		table.append(report.iteration(), java.util.Arrays.copyOfRange(row, 1, row.length));
		monitor.report(report);
	}

	public Trajectory table() {
		return table;
	}

	/** The table as CSV: header {@link #COLUMNS}, NaN written as an empty field. */
	public static void writeCsv(Trajectory metrics, Writer writer) throws IOException {
		writer.write(String.join(",", COLUMNS) + "\n");
		StringBuilder line = new StringBuilder();
		for (int row = 0; row < metrics.size(); row++) {
			line.setLength(0);
			line.append(NumberText.of(metrics.time(row)));
			for (double value : metrics.row(row)) {
				line.append(',');
				if (!Double.isNaN(value)) {
					line.append(NumberText.of(value));
				}
			}
			writer.write(line.append('\n').toString());
		}
		writer.flush();
	}

	/** Writes the CSV atomically: the file is complete or absent. */
	public static void writeCsv(Trajectory metrics, Path target) throws IOException {
		AtomicFileWriter.write(target, writer -> writeCsv(metrics, writer));
	}
}
