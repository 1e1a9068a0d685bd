package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Run As > CRN Simulation on a .crn file (or its editor): runs its simulation (asking which when it declares
 * several), reusing the configuration of that file and simulation or creating one.
 */
public final class SimulationLaunchShortcut implements ILaunchShortcut {

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection structured) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null) {
				launch(file, mode);
			}
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file != null) {
			launch(file, mode);
		}
	}

	private void launch(IFile file, String mode) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> simulations;
		try (InputStream in = file.getContents()) {
			simulations = SimulationNames.in(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (CoreException | IOException e) {
			MessageDialog.openError(shell, "CRN Simulation", file.getFullPath() + " cannot be read: " + e.getMessage());
			return;
		}
		if (simulations.isEmpty()) {
			MessageDialog.openInformation(shell, "CRN Simulation", file.getName()
					+ " declares no simulation: add 'simulation Name { of SomeCrn until 10 }' to run one.");
			return;
		}
		String simulation = simulations.get(0);
		if (simulations.size() > 1) {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
			dialog.setTitle("CRN Simulation");
			dialog.setMessage("Simulation of " + file.getName() + " to run:");
			dialog.setElements(simulations.toArray());
			if (dialog.open() != ElementListSelectionDialog.OK || dialog.getFirstResult() == null) {
				return;
			}
			simulation = (String) dialog.getFirstResult();
		}
		// Unsaved .crn editors are offered for saving (the run reads the file), then the configuration is launched
		// directly: its delegate only schedules a SimulationJob, so nothing here waits for the run.
		if (!DebugUITools.saveBeforeLaunch()) {
			return;
		}
		try {
			configuration(file, simulation).launch(mode, null);
		} catch (CoreException e) {
			MessageDialog.openError(shell, "CRN Simulation", e.getMessage());
		}
	}

	/** The saved configuration for this file and simulation, created when there is none. */
	public static ILaunchConfiguration configuration(IFile file, String simulation) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(SimulationLaunchAttributes.TYPE_ID);
		String path = file.getFullPath().toString();
		for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
			if (path.equals(existing.getAttribute(SimulationLaunchAttributes.FILE, ""))
					&& simulation.equals(existing.getAttribute(SimulationLaunchAttributes.SIMULATION, ""))) {
				return existing;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(simulation));
		copy.setAttribute(SimulationLaunchAttributes.FILE, path);
		copy.setAttribute(SimulationLaunchAttributes.SIMULATION, simulation);
		copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
		return copy.doSave();
	}
}
