package org.crnstudio.ui.views.launch;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * The background job of a launched declaration (a simulation or a training): a user job of its own family whose
 * failure ({@link RunFailure}: file, line and what went wrong) is reported in the run's console rather than in an
 * error dialog, and ends the job with an error status.
 */
abstract class LaunchRunJob extends Job {

	private static final String BUNDLE = "org.crnstudio.ui.views";

	private final Object family;

	LaunchRunJob(String name, Object family) {
		super(name);
		this.family = family;
		setUser(true);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object candidate) {
		return candidate == family;
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			return runLaunched(monitor);
		} catch (RunFailure failure) {
			reportFailure(failure.getMessage());
			return new Status(IStatus.ERROR, BUNDLE, failure.getMessage());
		} finally {
			monitor.done();
		}
	}

	/** The run itself; a RunFailure it throws is reported by {@link #reportFailure(String)}. */
	protected abstract IStatus runLaunched(IProgressMonitor monitor);

	/** Writes a failure's message to the run's console and shows it (a failed run has nothing else to show). */
	protected abstract void reportFailure(String message);
}
