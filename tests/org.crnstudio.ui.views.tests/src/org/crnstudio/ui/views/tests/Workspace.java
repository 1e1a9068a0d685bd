package org.crnstudio.ui.views.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Projects and files of the test workspace, and the spec examples to fill them with. */
final class Workspace {

	private Workspace() {
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		return file;
	}

	static String example(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("crnstudio.test.examples")).resolve(name));
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Takes a screenshot with the view on top and maximized (the test window is small), then restores it. */
	static void screenshotMaximized(org.eclipse.ui.IViewPart view, org.eclipse.swt.widgets.Control content,
			String name, Runnable afterMaximize) throws java.io.IOException {
		IWorkbenchPage page = page();
		var reference = page.getReference(view);
		page.bringToTop(view);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		// the maximized layout is applied asynchronously: wait until the view's content has grown
		UiConditions.waitUntil("the view to be maximized", java.time.Duration.ofSeconds(10),
				() -> content.getSize().x > window.getSize().x * 0.7 && content.getSize().y > window.getSize().y * 0.5);
		afterMaximize.run();
		UiConditions.drainEvents();
		Screenshots.save(name);
		page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		UiConditions.drainEvents();
	}

	/** Closes editors, deletes projects and launch configurations. */
	static void clean() throws CoreException {
		page().closeAllEditors(false);
		for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
			configuration.delete();
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}
}
