package org.crnstudio.ui.views.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
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
 * Run As on a .crn file or in its editor: in the editor, the declaration (of the shortcut's kind) under the cursor;
 * otherwise the file's only one, or the one chosen when it declares several. Reuses the configuration of that file
 * and declaration or creates one, so runs appear in the launch history.
 */
abstract class DeclarationLaunchShortcut implements ILaunchShortcut {

	private final DeclarationKind kind;

	DeclarationLaunchShortcut(DeclarationKind kind) {
		this.kind = kind;
	}

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

	/** Runs the declaration under {@code line} (1-based; -1: none), else the file's only one, else the one chosen. */
	private void launch(IFile file, int line, String mode) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		String text;
		try (InputStream in = file.getContents()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (CoreException | IOException e) {
			MessageDialog.openError(shell, kind.title(), file.getFullPath() + " cannot be read: " + e.getMessage());
			return;
		}
		List<String> names = kind.namesIn(text);
		if (names.isEmpty()) {
			MessageDialog.openInformation(shell, kind.title(), kind.noneDeclaredMessage(file.getName()));
			return;
		}
		Optional<String> underCursor = line > 0 ? DeclarationNames.at(kind.keyword(), text, line) : Optional.empty();
		String name = underCursor.orElse(names.get(0));
		if (underCursor.isEmpty() && names.size() > 1) {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
			dialog.setTitle(kind.title());
			dialog.setMessage(kind.label() + " of " + file.getName() + " to run:");
			dialog.setElements(names.toArray());
			if (dialog.open() != ElementListSelectionDialog.OK || dialog.getFirstResult() == null) {
				return;
			}
			name = (String) dialog.getFirstResult();
		}
		// unsaved editors are offered for saving (the run reads the file); the delegate only schedules a job, so
		// nothing here waits for the run
		if (!DebugUITools.saveBeforeLaunch()) {
			return;
		}
		try {
			kind.configuration(file, name).launch(mode, null);
		} catch (CoreException e) {
			MessageDialog.openError(shell, kind.title(), e.getMessage());
		}
	}
}
