package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/** The Simulation tab: the .crn file, the simulation declaration, and optional end time and tolerances. */
final class SimulationMainTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo simulation;
	private Text endTime;
	private Text relativeTolerance;
	private Text absoluteTolerance;

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		setControl(body);
		file = field(body, "File:");
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		file.addListener(SWT.Modify, e -> {
			refreshSimulations();
			changed();
		});
		new Label(body, SWT.NONE).setText("Simulation:");
		simulation = new Combo(body, SWT.DROP_DOWN);
		simulation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		simulation.addListener(SWT.Modify, e -> changed());
		Label hint = new Label(body, SWT.NONE);
		hint.setText("Overrides (leave empty to keep the declared values):");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		endTime = field(body, "End time:");
		relativeTolerance = field(body, "Relative tolerance (rtol):");
		absoluteTolerance = field(body, "Absolute tolerance (atol):");
		for (Text text : List.of(endTime, relativeTolerance, absoluteTolerance)) {
			text.addListener(SWT.Modify, e -> changed());
		}
	}

	private static Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, label.equals("File:") ? 1 : 2, 1));
		return text;
	}

	private void changed() {
		setDirty(true);
		updateLaunchConfigurationDialog();
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
				ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle("CRN file");
		dialog.setInitialPattern("*.crn");
		if (dialog.open() == FilteredResourcesSelectionDialog.OK && dialog.getFirstResult() instanceof IFile chosen) {
			file.setText(chosen.getFullPath().toString());
		}
	}

	private void refreshSimulations() {
		IFile crn = crnFile();
		String current = simulation.getText();
		if (crn == null) {
			return;
		}
		try (InputStream in = crn.getContents()) {
			List<String> names = SimulationNames.in(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			simulation.setItems(names.toArray(String[]::new));
			simulation.setText(current.isEmpty() && !names.isEmpty() ? names.get(0) : current);
		} catch (CoreException | IOException e) {
			// the file cannot be read now: isValid says so
		}
	}

	private IFile crnFile() {
		String path = file.getText().strip();
		if (path.isEmpty() || !IPath.ROOT.isValidPath(path)) {
			return null;
		}
		IFile crn = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(path));
		return crn.exists() ? crn : null;
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunchAttributes.FILE, "");
		configuration.setAttribute(SimulationLaunchAttributes.SIMULATION, "");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(SimulationLaunchAttributes.FILE, ""));
			simulation.setText(configuration.getAttribute(SimulationLaunchAttributes.SIMULATION, ""));
			endTime.setText(configuration.getAttribute(SimulationLaunchAttributes.END_TIME, ""));
			relativeTolerance.setText(configuration.getAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, ""));
			absoluteTolerance.setText(configuration.getAttribute(SimulationLaunchAttributes.ABSOLUTE_TOLERANCE, ""));
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunchAttributes.FILE, file.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.SIMULATION, simulation.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.END_TIME, endTime.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, relativeTolerance.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.ABSOLUTE_TOLERANCE, absoluteTolerance.getText().strip());
		IFile crn = crnFile();
		configuration.setMappedResources(crn == null ? null : new IResource[] { crn });
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		if (crnFile() == null) {
			setErrorMessage("Choose an existing .crn file of the workspace, e.g. /examples/lotka-volterra.crn");
			return false;
		}
		if (simulation.getText().isBlank()) {
			setErrorMessage("Choose a simulation declared in " + crnFile().getName());
			return false;
		}
		try {
			RunOverrides.parse(endTime.getText(), relativeTolerance.getText(), absoluteTolerance.getText());
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Simulation";
	}
}
