package org.crnstudio.ui.views.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches a "CRN Simulation" configuration: checks its attributes, then runs a {@link SimulationJob}. */
public final class SimulationLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		IFile file = file(configuration);
		String simulation = configuration.getAttribute(SimulationLaunchAttributes.SIMULATION, "");
		if (simulation.isBlank()) {
			throw failure(configuration.getName() + ": no simulation is chosen (pick one of " + file.getName() + ")");
		}
		RunOverrides overrides;
		try {
			overrides = RunOverrides.parse(configuration.getAttribute(SimulationLaunchAttributes.END_TIME, ""),
					configuration.getAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, ""),
					configuration.getAttribute(SimulationLaunchAttributes.ABSOLUTE_TOLERANCE, ""));
		} catch (IllegalArgumentException e) {
			throw failure(configuration.getName() + ": " + e.getMessage());
		}
		new SimulationJob(file, simulation, overrides).schedule();
	}

	static IFile file(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(SimulationLaunchAttributes.FILE, "");
		if (path.isBlank()) {
			throw failure(configuration.getName() + ": no .crn file is chosen");
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(org.eclipse.core.runtime.IPath.fromOSString(path));
		if (!file.exists()) {
			throw failure(configuration.getName() + ": " + path + " does not exist in the workspace");
		}
		return file;
	}

	private static CoreException failure(String message) {
		return new CoreException(new Status(IStatus.ERROR, "org.crnstudio.ui.views", message));
	}
}
