package org.crnstudio.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.crnstudio.ui.builder.CrnNature;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Workspace and editor set-up shared by the workbench tests. */
final class Workbench {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new open project, with the CRN nature (builder) if asked. */
	static IProject project(String name, boolean crnNature) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		if (crnNature) {
			CrnNature.addTo(project, null);
		}
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		return file;
	}

	/** Opens the file, waits until the editor is active and its first reconcile reached the UI. */
	static CrnEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page(), file, true);
		UiConditions.waitUntil("the .crn editor to be active", TIMEOUT, () -> page().getActiveEditor() == editor);
		CrnEditor crnEditor = (CrnEditor) editor;
		waitReconciled(crnEditor);
		return crnEditor;
	}

	static void waitReconciled(CrnEditor editor) {
		UiConditions.waitUntil("the editor to reconcile its text", TIMEOUT, editor::isReconciled);
		UiConditions.drainEvents();
	}

	static IDocument document(CrnEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static void closeAllAndDeleteProjects() throws CoreException {
		page().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}
}
