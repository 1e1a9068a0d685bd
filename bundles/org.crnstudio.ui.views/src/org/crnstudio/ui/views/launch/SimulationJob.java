package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.io.CsvTrajectoryWriter;
import org.crnstudio.io.Trajectory;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.SimulationException;
import org.crnstudio.sim.SimulationMonitor;
import org.crnstudio.sim.SimulationResult;
import org.crnstudio.sim.SimulationRun;
import org.crnstudio.sim.SimulationRunner;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Runs one simulation declaration of a workspace .crn file in the background: loads and checks the file,
 * compiles the network when it is declared by compile, runs it (ODE or SSA, through SimulationRunner) with progress
 * and cancel, streams the rows to the Plot view (an SSA ensemble's rows are its means and deviations, appended as all
 * runs pass each output time), logs to the CRN Simulation console, and saves the trajectory atomically as CSV in the
 * project's results folder. Failures are logged with file and line and leave no file behind.
 */
public final class SimulationJob extends LaunchRunJob {

	/** Job family of simulation runs (tests wait for them; the progress view groups them). */
	public static final Object FAMILY = SimulationJob.class;
	private static final int WORK = 1000;

	private final IFile file;
	private final String simulation;
	private final RunOverrides overrides;

	public SimulationJob(IFile file, String simulation, RunOverrides overrides) {
		super("CRN Simulation " + simulation + " (" + file.getName() + ")", FAMILY);
		this.file = file;
		this.simulation = simulation;
		this.overrides = overrides;
	}

	@Override
	protected IStatus runLaunched(IProgressMonitor monitor) {
		monitor.beginTask(getName(), WORK);
		String where = file.getFullPath().toString();
		SimulationConsole.println("Running simulation " + simulation + " of " + where);
		return simulate(monitor, where);
	}

	@Override
	protected void reportFailure(String message) {
		SimulationConsole.println(message);
		SimulationConsole.show(); // a failed run has no plot to show: its message is what matters
	}

	private IStatus simulate(IProgressMonitor monitor, String where) {
		LaunchedDeclaration<Simulation> launched = LaunchedDeclaration.load(file, Simulation.class, "simulation", simulation);
		Simulation declaration = launched.declaration();
		SimulationRunner runner;
		try {
			if (declaration.getNetwork() != null && !declaration.getNetwork().eIsProxy()) {
				new CrnCompiler().ensureCompiled(declaration.getNetwork());
			}
			runner = SimulationRunner.of(declaration);
			if (overrides.endTime().isPresent()) {
				runner = runner.withPlan(plan -> plan.withEndTime(overrides.endTime().getAsDouble()));
			}
			if (overrides.relativeTolerance().isPresent() || overrides.absoluteTolerance().isPresent()) {
				runner = runner.withPlan(plan -> plan.withTolerances(
						overrides.relativeTolerance().orElse(plan.relativeTolerance()),
						overrides.absoluteTolerance().orElse(plan.absoluteTolerance())));
			}
		} catch (CompilationException e) {
			throw new RunFailure(where + ":" + lineOr(e.getLine(), declaration) + ": error: " + e.getMessage());
		} catch (SimulationException e) {
			throw new RunFailure(where + ":" + lineOr(e.getLine(), declaration) + ": error: " + e.getMessage());
		}
		double endTime = runner.plan().endTime();
		PlotFeedback plot = new PlotFeedback(SimulationConsole::println);
		LocalDateTime start = LocalDateTime.now();
		long startNanos = System.nanoTime();
		SimulationRun run;
		try {
			run = runner.run(new Progress(monitor, endTime, simulation + " (" + file.getName() + ")", plot));
		} catch (SimulationException e) {
			plot.finish();
			throw new RunFailure(where + ":" + lineOr(e.getLine(), declaration) + ": error: " + e.getMessage());
		}
		plot.finish();
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		SimulationResult result = run.result();
		if (result.canceled()) {
			SimulationConsole.println(String.format(Locale.ROOT, "%s: canceled at t = %g of %g; nothing was saved",
					simulation, result.stopTime(), endTime));
			return Status.CANCEL_STATUS;
		}
		IFile saved = save(result.trajectory(), start);
		SimulationConsole.println(String.format(Locale.ROOT, "%s: %d rows; %s; saved %s", simulation,
				result.trajectory().size(), run.statistics(seconds), saved.getFullPath()));
		return Status.OK_STATUS;
	}

	private IFile save(Trajectory trajectory, LocalDateTime start) {
		IFolder folder = file.getProject().getFolder(SimulationLaunchAttributes.RESULTS_FOLDER);
		try {
			if (!folder.exists()) {
				folder.create(IResource.FORCE, true, null);
			}
			String name = ResultFileName.of(simulation, start, n -> folder.getFile(n).exists()
					|| folder.getLocation().append(n).toFile().exists());
			IFile target = folder.getFile(name);
			Path path = target.getLocation().toFile().toPath();
			new CsvTrajectoryWriter().write(trajectory, path); // atomic: complete or absent
			folder.refreshLocal(IResource.DEPTH_ONE, null);
			return target;
		} catch (CoreException | IOException e) {
			throw new RunFailure(folder.getFullPath() + ": error: cannot save the results: " + e.getMessage());
		}
	}

	private static int lineOr(int line, Simulation declaration) {
		return line > 0 ? line : declaration.getLine();
	}


	/** Reports progress by simulated time, cancels on request and streams the rows to the Plot view. */
	private static final class Progress implements SimulationMonitor {
		private final IProgressMonitor monitor;
		private final double endTime;
		private final String title;
		private final PlotFeedback plot;
		private int reported;

		Progress(IProgressMonitor monitor, double endTime, String title, PlotFeedback plot) {
			this.monitor = monitor;
			this.endTime = endTime;
			this.title = title;
			this.plot = plot;
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}

		@Override
		public void started(Trajectory trajectory) {
			plot.start(trajectory, title);
		}

		@Override
		public void rowAdded(Trajectory trajectory, int row) {
			int done = (int) Math.min(WORK, WORK * trajectory.time(row) / endTime);
			if (done > reported) {
				monitor.worked(done - reported);
				reported = done;
			}
		}
	}
}
