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

/**
 * The main tab of a CRN launch: the .crn file (with Browse...) and a combo of the declarations of its kind found
 * in it, validated and saved here; a subclass adds its own rows below ({@link #createOptions}) and their
 * attributes ({@link #initializeOptions}, {@link #applyOptions}, {@link #optionsError}).
 */
abstract class DeclarationTab extends AbstractLaunchConfigurationTab {

	private final DeclarationKind kind;
	private Text file;
	private Combo declaration;

	DeclarationTab(DeclarationKind kind) {
		this.kind = kind;
	}

	/** Adds the rows below the file and the declaration to a body of three columns. */
	protected abstract void createOptions(Composite body);

	protected void initializeOptions(ILaunchConfiguration configuration) throws CoreException {
	}

	protected void applyOptions(ILaunchConfigurationWorkingCopy configuration) {
	}

	/** What is wrong with the options, or null. */
	protected String optionsError() {
		return null;
	}

	@Override
	public final void createControl(Composite parent) {
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
			refreshDeclarations();
			changed();
		});
		new Label(body, SWT.NONE).setText(kind.label() + ":");
		declaration = new Combo(body, SWT.DROP_DOWN);
		declaration.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		declaration.addListener(SWT.Modify, e -> changed());
		createOptions(body);
	}

	/** A labelled text field over the two right columns, marking the tab dirty as it is edited. */
	protected final Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		text.addListener(SWT.Modify, e -> changed());
		return text;
	}

	/** A line of text over the three columns. */
	protected static void hint(Composite body, int style, String text) {
		Label hint = new Label(body, style);
		hint.setText(text);
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

	private void refreshDeclarations() {
		IFile crn = crnFile();
		String current = declaration.getText();
		if (crn == null) {
			return;
		}
		try (InputStream in = crn.getContents()) {
			List<String> names = kind.namesIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			declaration.setItems(names.toArray(String[]::new));
			declaration.setText(current.isEmpty() && !names.isEmpty() ? names.get(0) : current);
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
		configuration.setAttribute(kind.nameAttribute(), "");
	}

	@Override
	public final void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(SimulationLaunchAttributes.FILE, ""));
			declaration.setText(configuration.getAttribute(kind.nameAttribute(), ""));
			initializeOptions(configuration);
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public final void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunchAttributes.FILE, file.getText().strip());
		configuration.setAttribute(kind.nameAttribute(), declaration.getText().strip());
		applyOptions(configuration);
		IFile crn = crnFile();
		configuration.setMappedResources(crn == null ? null : new IResource[] { crn });
	}

	@Override
	public final boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		IFile crn = crnFile();
		String error = crn == null ? kind.noFileMessage()
				: declaration.getText().isBlank() ? "Choose a " + kind.keyword() + " declared in " + crn.getName()
				: optionsError();
		setErrorMessage(error);
		return error == null;
	}

	@Override
	public final String getName() {
		return kind.label();
	}
}
