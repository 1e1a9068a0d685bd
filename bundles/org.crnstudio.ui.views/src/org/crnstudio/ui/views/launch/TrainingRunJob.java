package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.Trajectory;
import org.crnstudio.model.Training;
import org.crnstudio.train.TrainingException;
import org.crnstudio.train.TrainingJob;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingReport;
import org.crnstudio.train.TrainingRunner;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Runs one training declaration of a workspace .crn file in the background: loads and checks the file, trains
 * with progress and cancel, writes each metrics report to the CRN Training console and streams the metrics to the
 * Plot view (error and accuracy against iterations), then saves the metrics CSV and the trained declarations in
 * the project's results folder, each atomically. A failure is logged with file and line and leaves no file.
 */
public final class TrainingRunJob extends LaunchRunJob {

	/** Job family of training runs (tests wait for them; the progress view groups them). */
	public static final Object FAMILY = TrainingRunJob.class;
	static final String METRICS_SUFFIX = "-metrics.csv";
	static final String TRAINED_SUFFIX = "-trained.crn";

	private final IFile file;
	private final String training;

	public TrainingRunJob(IFile file, String training) {
		super("CRN Training " + training + " (" + file.getName() + ")", FAMILY);
		this.file = file;
		this.training = training;
	}

	@Override
	protected IStatus runLaunched(IProgressMonitor monitor) {
		String where = file.getFullPath().toString();
		println("Running training " + training + " of " + where);
		return train(monitor, where);
	}

	@Override
	protected void reportFailure(String message) {
		println(message);
		LaunchConsole.show(TrainingLaunchAttributes.CONSOLE);
	}

	private IStatus train(IProgressMonitor monitor, String where) {
		LaunchedDeclaration<Training> launched = LaunchedDeclaration.load(file, Training.class, "training", training);
		Training declaration = launched.declaration();
		Path path = launched.path();
		LocalDateTime start = LocalDateTime.now();
		long startNanos = System.nanoTime();
		Progress progress = new Progress(monitor, training + " (" + file.getName() + ")");
		TrainingOutcome outcome;
		try {
			TrainingJob job = TrainingRunner.prepare(declaration, path);
			int total = job.epochs() > 0 ? job.epochs() : job.iterations();
			monitor.beginTask(getName(), total > 0 ? total : IProgressMonitor.UNKNOWN);
			progress.start();
			outcome = TrainingRunner.run(declaration, path, progress);
		} catch (TrainingException e) {
			throw new RunFailure(where + ":" + (e.getLine() > 0 ? e.getLine() : declaration.getLine()) + ": error: "
					+ e.getMessage());
		} catch (RuntimeException e) {
			// an engine failure (e.g. the integrator giving up) still names the file and the declaration
			throw new RunFailure(where + ":" + declaration.getLine() + ": error: training " + training + " failed: " + e);
		} finally {
			progress.plot.finish();
		}
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		if (outcome.canceled()) {
			println(String.format(Locale.ROOT, "%s: canceled after %d reports; nothing was saved", training,
					outcome.metrics().size()));
			return Status.CANCEL_STATUS;
		}
		List<IFile> saved = save(outcome, start);
		if (!outcome.simulatorWork().isEmpty()) {
			println(training + ": " + outcome.simulatorWork()); // as crn train --stats: the method and its work
		}
		println(String.format(Locale.ROOT, "%s: %d reports, %.2f s; saved %s and %s", training, outcome.metrics().size(),
				seconds, saved.get(0).getFullPath(), saved.get(1).getFullPath()));
		return Status.OK_STATUS;
	}

	/** The metrics CSV and the trained declarations, both or neither. */
	private List<IFile> save(TrainingOutcome outcome, LocalDateTime start) {
		IFolder folder = file.getProject().getFolder(SimulationLaunchAttributes.RESULTS_FOLDER);
		Path metrics = null;
		try {
			if (!folder.exists()) {
				folder.create(IResource.FORCE, true, null);
			}
			String base = ResultFileName.base(training, start, List.of(METRICS_SUFFIX, TRAINED_SUFFIX),
					n -> folder.getFile(n).exists() || folder.getLocation().append(n).toFile().exists());
			IFile metricsFile = folder.getFile(base + METRICS_SUFFIX);
			IFile trainedFile = folder.getFile(base + TRAINED_SUFFIX);
			metrics = metricsFile.getLocation().toFile().toPath();
			TrainingMetrics.writeCsv(outcome.metrics(), metrics); // atomic: complete or absent
			AtomicFileWriter.write(trainedFile.getLocation().toFile().toPath(),
					writer -> writer.write(outcome.trainedDeclarations()));
			folder.refreshLocal(IResource.DEPTH_ONE, null);
			return List.of(metricsFile, trainedFile);
		} catch (CoreException | IOException e) {
			deleteQuietly(metrics); // the trained file failed: no metrics without it
			throw new RunFailure(folder.getFullPath() + ": error: cannot save the results: " + e.getMessage());
		}
	}

	private static void deleteQuietly(Path written) {
		if (written != null) {
			try {
				Files.deleteIfExists(written);
			} catch (IOException e) {
				// the save failure is what gets reported
			}
		}
	}

	private static void println(String line) {
		LaunchConsole.println(TrainingLaunchAttributes.CONSOLE, line);
	}


	/**
	 * Cancels on request, logs the method's lines and each report to the console, reports progress by iteration and
	 * streams the metrics (as the training framework tables them: time = iteration) to the Plot view.
	 */
	private static final class Progress implements TrainingMonitor {
		private final IProgressMonitor monitor;
		private final String title;
		private final Trajectory metrics = new Trajectory(TrainingMetrics.COLUMNS.get(0),
				TrainingMetrics.COLUMNS.subList(1, TrainingMetrics.COLUMNS.size()));
		final PlotFeedback plot = new PlotFeedback(TrainingRunJob::println);
		private long reported;

		Progress(IProgressMonitor monitor, String title) {
			this.monitor = monitor;
			this.title = title;
		}

		void start() {
			plot.start(metrics, title);
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}

		@Override
		public void log(String line) {
			println(line);
		}

		@Override
		public void report(TrainingReport report) {
			println(report.describe());
			double[] row = report.values();
			metrics.append(report.iteration(), java.util.Arrays.copyOfRange(row, 1, row.length));
			if (report.iteration() > reported) {
				monitor.worked((int) (report.iteration() - reported));
				reported = report.iteration();
			}
			monitor.subTask(report.describe());
		}
	}
}
