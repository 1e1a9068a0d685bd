package org.crnstudio.ui.views.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/** Run As > CRN Simulation: the simulation under the editor's cursor, or the file's (asking which of several). */
public final class SimulationLaunchShortcut extends DeclarationLaunchShortcut {

	public SimulationLaunchShortcut() {
		super(DeclarationKind.SIMULATION);
	}

	/** The saved configuration for this file and simulation, created when there is none. */
	public static ILaunchConfiguration configuration(IFile file, String simulation) throws CoreException {
		return DeclarationKind.SIMULATION.configuration(file, simulation);
	}
}
