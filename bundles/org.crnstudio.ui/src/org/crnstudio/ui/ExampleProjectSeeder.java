package org.crnstudio.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.ui.builder.CrnNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IStartup;

/**
 * Seeds a fresh workspace with the repository's examples, so that the IDE started by the README's run command
 * shows them at once. The project gets the CRN nature, so its files are validated into markers. Active only when the system property {@value #EXAMPLES_PROPERTY} names a folder; an
 * existing "examples" project is never touched (the user's edits are kept).
 */
public final class ExampleProjectSeeder implements IStartup {

	public static final String EXAMPLES_PROPERTY = "crnstudio.examples";
	public static final String PROJECT_NAME = "examples";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Path source = Path.of(folder);
		if (!Files.isDirectory(source)) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Creating the examples project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				seed(source, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	/** Creates the examples project from the files directly inside {@code source}, unless it exists. */
	public static void seed(Path source, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(PROJECT_NAME);
		if (project.exists()) {
			return;
		}
		List<ExampleFile> files = new ArrayList<>();
		try (Stream<Path> listing = Files.list(source)) {
			for (Path file : listing.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
				files.add(new ExampleFile(file.getFileName().toString(), Files.readAllBytes(file)));
			}
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read the examples in " + source + ": " + e.getMessage(), e));
		}
		createProject(project, files, monitor);
	}

	/**
	 * Creates and opens {@code project} with the CRN nature (so the builder validates its files) and the given
	 * files in it.
	 */
	public static void createProject(IProject project, List<ExampleFile> files, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, files.size() + 3);
		project.create(progress.split(1));
		project.open(progress.split(1));
		CrnNature.addTo(project, progress.split(1));
		for (ExampleFile file : files) {
			IFile target = project.getFile(file.name());
			target.create(new ByteArrayInputStream(file.contents()), false, progress.split(1));
		}
	}
}
