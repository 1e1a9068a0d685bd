package org.crnstudio.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The CRN Studio project nature: its projects run the .crn builder, so every file's problems show as markers. */
public final class CrnNature implements IProjectNature {

	public static final String ID = "org.crnstudio.ui.crnNature";

	private IProject project;

	/** Adds the nature (and with it the builder) to {@code project} unless it has it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		List<String> natures = new ArrayList<>(List.of(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (CrnBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		List<ICommand> commands = new ArrayList<>(List.of(description.getBuildSpec()));
		ICommand command = description.newCommand();
		command.setBuilderName(CrnBuilder.ID);
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		List<ICommand> commands = new ArrayList<>(List.of(description.getBuildSpec()));
		commands.removeIf(command -> CrnBuilder.ID.equals(command.getBuilderName()));
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject value) {
		this.project = value;
	}
}
