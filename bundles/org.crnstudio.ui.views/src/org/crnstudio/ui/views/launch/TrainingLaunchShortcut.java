package org.crnstudio.ui.views.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/** Run As > CRN Training: the training under the editor's cursor, or the file's (asking which of several). */
public final class TrainingLaunchShortcut extends DeclarationLaunchShortcut {

	public TrainingLaunchShortcut() {
		super(DeclarationKind.TRAINING);
	}

	/** The saved configuration for this file and training, created when there is none. */
	public static ILaunchConfiguration configuration(IFile file, String training) throws CoreException {
		return DeclarationKind.TRAINING.configuration(file, training);
	}
}
