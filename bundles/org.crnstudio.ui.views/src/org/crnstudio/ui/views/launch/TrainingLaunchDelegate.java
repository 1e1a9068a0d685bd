package org.crnstudio.ui.views.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches a "CRN Training" configuration: checks its attributes, then runs a {@link TrainingRunJob}. */
public final class TrainingLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = SimulationLaunchDelegate.file(configuration);
		String training = configuration.getAttribute(TrainingLaunchAttributes.TRAINING, "");
		if (training.isBlank()) {
			throw new CoreException(new Status(IStatus.ERROR, "org.crnstudio.ui.views",
					configuration.getName() + ": no training is chosen (pick one of " + file.getName() + ")"));
		}
		new TrainingRunJob(file, training).schedule();
	}
}
