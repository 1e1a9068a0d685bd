package org.crnstudio.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * Validates every .crn file of a project with the shared validator and records its problems as markers for the
 * Problems view; an incremental build revalidates only the changed files.
 */
public final class CrnBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.crnstudio.ui.crnBuilder";
	private static final String EXTENSION = "crn";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null) {
			getProject().accept(resource -> {
				checkCanceled(monitor);
				if (isCrnFile(resource)) {
					validate((IFile) resource);
				}
				return true;
			});
		} else {
			delta.accept(change -> {
				checkCanceled(monitor);
				IResource resource = change.getResource();
				if (isCrnFile(resource) && change.getKind() != IResourceDelta.REMOVED) {
					validate((IFile) resource);
				}
				return true;
			});
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	/** Validates one file into markers. */
	public static void validate(IFile file) throws CoreException {
		String text;
		try (InputStream contents = file.getContents(true)) {
			text = new String(contents.readAllBytes(), charset(file));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
		CrnDocument document = SharedLanguageServices.get().parse(text, file.getName());
		ProblemMarkers.replace(file, document.problems());
	}

	private static Charset charset(IFile file) {
		try {
			return Charset.forName(file.getCharset());
		} catch (CoreException | IllegalArgumentException e) {
			return StandardCharsets.UTF_8;
		}
	}

	private static boolean isCrnFile(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension())
				&& resource.isAccessible();
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
