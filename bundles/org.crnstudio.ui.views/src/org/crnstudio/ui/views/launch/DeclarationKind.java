package org.crnstudio.ui.views.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * What a launch type runs, simulation or training declarations: the keyword, the attribute holding the name, and
 * the words its tab and shortcut use. Shared by the one file-and-declaration tab and the one launch shortcut.
 */
enum DeclarationKind {

	SIMULATION("simulation", SimulationLaunchAttributes.TYPE_ID, SimulationLaunchAttributes.SIMULATION,
			"/examples/lotka-volterra.crn", "simulation Name { of SomeCrn until 10 }"),
	TRAINING("training", TrainingLaunchAttributes.TYPE_ID, TrainingLaunchAttributes.TRAINING,
			"/examples/neural-crn-linreg.crn", "training Name { of Model on Data method ... }");

	private final String keyword;
	private final String typeId;
	private final String nameAttribute;
	private final String exampleFile;
	private final String exampleDeclaration;

	DeclarationKind(String keyword, String typeId, String nameAttribute, String exampleFile, String exampleDeclaration) {
		this.keyword = keyword;
		this.typeId = typeId;
		this.nameAttribute = nameAttribute;
		this.exampleFile = exampleFile;
		this.exampleDeclaration = exampleDeclaration;
	}

	/** The keyword as a label: Simulation, Training (the tab's name, the combo's label). */
	String label() {
		return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
	}

	/** The launch type's name: CRN Simulation, CRN Training (dialog titles). */
	String title() {
		return "CRN " + label();
	}

	String keyword() {
		return keyword;
	}

	/** The launch attribute holding the declaration's name. */
	String nameAttribute() {
		return nameAttribute;
	}

	/** The declarations of this kind in a .crn text, in order. */
	List<String> namesIn(String text) {
		return DeclarationNames.names(keyword, text);
	}

	String noFileMessage() {
		return "Choose an existing .crn file of the workspace, e.g. " + exampleFile;
	}

	String noneDeclaredMessage(String fileName) {
		return fileName + " declares no " + keyword + ": add '" + exampleDeclaration + "' to run one.";
	}

	/** The saved configuration of this kind for the file and declaration, created when there is none. */
	ILaunchConfiguration configuration(IFile file, String name) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
		String path = file.getFullPath().toString();
		for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
			if (path.equals(existing.getAttribute(SimulationLaunchAttributes.FILE, ""))
					&& name.equals(existing.getAttribute(nameAttribute, ""))) {
				return existing;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(name));
		copy.setAttribute(SimulationLaunchAttributes.FILE, path);
		copy.setAttribute(nameAttribute, name);
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}
}
