package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

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
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Run As > CRN Training on a .crn file or in its editor: in the editor, the training declaration under the cursor;
 * otherwise the file's training (asking which when it declares several). Reuses the configuration of that file
 * and training or creates one, so runs appear in the launch history.
 */
public final class TrainingLaunchShortcut implements ILaunchShortcut {

	private static final String TITLE = "CRN Training";

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection structured) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null) {
				launch(file, -1, mode);
			}
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			return;
		}
		int line = -1;
		if (editor instanceof ITextEditor text && text.getSelectionProvider().getSelection() instanceof ITextSelection at) {
			line = at.getStartLine() + 1;
		}
		launch(file, line, mode);
	}

	/** Runs the training under {@code line} (1-based; -1: none), else the file's only one, else the one chosen. */
	private void launch(IFile file, int line, String mode) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		String text;
		try (InputStream in = file.getContents()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (CoreException | IOException e) {
			MessageDialog.openError(shell, TITLE, file.getFullPath() + " cannot be read: " + e.getMessage());
			return;
		}
		List<String> trainings = DeclarationNames.names("training", text);
		if (trainings.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, file.getName()
					+ " declares no training: add 'training Name { of Model on Data method ... }' to run one.");
			return;
		}
		Optional<String> underCursor = line > 0 ? DeclarationNames.at("training", text, line) : Optional.empty();
		String training = underCursor.orElse(trainings.get(0));
		if (underCursor.isEmpty() && trainings.size() > 1) {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
			dialog.setTitle(TITLE);
			dialog.setMessage("Training of " + file.getName() + " to run:");
			dialog.setElements(trainings.toArray());
			if (dialog.open() != ElementListSelectionDialog.OK || dialog.getFirstResult() == null) {
				return;
			}
			training = (String) dialog.getFirstResult();
		}
		// unsaved editors are offered for saving (the run reads the file); the delegate only schedules a job
		if (!DebugUITools.saveBeforeLaunch()) {
			return;
		}
		try {
			configuration(file, training).launch(mode, null);
		} catch (CoreException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
		}
	}

	/** The saved configuration for this file and training, created when there is none. */
	public static ILaunchConfiguration configuration(IFile file, String training) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunchAttributes.TYPE_ID);
		String path = file.getFullPath().toString();
		for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
			if (path.equals(existing.getAttribute(TrainingLaunchAttributes.FILE, ""))
					&& training.equals(existing.getAttribute(TrainingLaunchAttributes.TRAINING, ""))) {
				return existing;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(training));
		copy.setAttribute(TrainingLaunchAttributes.FILE, path);
		copy.setAttribute(TrainingLaunchAttributes.TRAINING, training);
		copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
		return copy.doSave();
	}
}
