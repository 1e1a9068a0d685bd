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
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/** The Training tab: the .crn file and the training declaration to run. */
final class TrainingMainTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo training;

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		setControl(body);
		new Label(body, SWT.NONE).setText("File:");
		file = new Text(body, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		file.addListener(SWT.Modify, e -> {
			refreshTrainings();
			changed();
		});
		new Label(body, SWT.NONE).setText("Training:");
		training = new Combo(body, SWT.DROP_DOWN);
		training.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		training.addListener(SWT.Modify, e -> changed());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText("The metrics CSV and the trained declarations are saved in the project's results folder.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
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

	private void refreshTrainings() {
		IFile crn = crnFile();
		String current = training.getText();
		if (crn == null) {
			return;
		}
		try (InputStream in = crn.getContents()) {
			List<String> names = DeclarationNames.names("training", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			training.setItems(names.toArray(String[]::new));
			training.setText(current.isEmpty() && !names.isEmpty() ? names.get(0) : current);
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
		configuration.setAttribute(TrainingLaunchAttributes.FILE, "");
		configuration.setAttribute(TrainingLaunchAttributes.TRAINING, "");
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(TrainingLaunchAttributes.FILE, ""));
			training.setText(configuration.getAttribute(TrainingLaunchAttributes.TRAINING, ""));
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(TrainingLaunchAttributes.FILE, file.getText().strip());
		configuration.setAttribute(TrainingLaunchAttributes.TRAINING, training.getText().strip());
		IFile crn = crnFile();
		configuration.setMappedResources(crn == null ? null : new IResource[] { crn });
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		if (crnFile() == null) {
			setErrorMessage("Choose an existing .crn file of the workspace, e.g. /examples/neural-crn-linreg.crn");
			return false;
		}
		if (training.getText().isBlank()) {
			setErrorMessage("Choose a training declared in " + crnFile().getName());
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Training";
	}
}
