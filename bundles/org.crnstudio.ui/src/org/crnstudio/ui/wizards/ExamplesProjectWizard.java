package org.crnstudio.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.crnstudio.ui.BundledExamples;
import org.crnstudio.ui.ExampleFile;
import org.crnstudio.ui.ExampleProjectSeeder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > CRN Studio > CRN Studio Examples: a project holding every example of the language. */
public final class ExamplesProjectWizard extends BasicNewResourceWizard {

	public static final String ID = "org.crnstudio.ui.wizards.examplesProject";

	private WizardNewProjectCreationPage page;

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("examplesProject");
		page.setTitle("CRN Studio Examples");
		page.setDescription("Create a project with the language's examples: reaction networks, compiled neural "
				+ "networks, trainings and simulations.");
		page.setInitialProjectName("crn-examples");
		addPage(page);
		setWindowTitle("CRN Studio Examples");
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			List<ExampleFile> files = BundledExamples.list();
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					ExampleProjectSeeder.createProject(project, files, monitor);
				}
			});
		} catch (CoreException | InvocationTargetException e) {
			Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
			MessageDialog.openError(getShell(), "CRN Studio Examples",
					"Cannot create the project " + project.getName() + ": " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		selectAndReveal(project);
		return true;
	}

	/** Used by tests and the welcome page: creates the project without showing the wizard. */
	public static void createExamplesProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		ExampleProjectSeeder.createProject(project, BundledExamples.list(), null);
	}
}
