package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.Problem;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.ui.SharedLanguageServices;
import org.crnstudio.ui.builder.CrnNature;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.wizards.NewCrnFileWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > New > CRN File creates a valid starter file in the chosen project and opens it in the CRN editor. */
class NewFileWizardTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void wizardCreatesAValidCrnFileAndOpensIt() throws Exception {
		IProject project = Workbench.project("wizard", false);
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewCrnFileWizard.ID);
		assertEquals("CRN File", descriptor.getLabel());
		assertEquals("CRN Studio", descriptor.getCategory().getLabel());
		NewCrnFileWizard wizard = (NewCrnFileWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().setFileName("my-pathway");
		UiConditions.drainEvents();
		Screenshots.save("new-file-wizard");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("my-pathway.crn");
		assertTrue(file.exists());
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("MyPathway"), "the network is named after the file: " + text);
		CrnDocument parsed = SharedLanguageServices.get().parse(text, file.getName());
		List<Problem> errors = parsed.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors, text);
		assertTrue(project.hasNature(CrnNature.ID));
		UiConditions.waitUntil("the new file to open in the CRN editor", Workbench.TIMEOUT,
				() -> Workbench.page().getActiveEditor() instanceof CrnEditor editor
						&& editor.getEditorInput().getName().equals("my-pathway.crn"));
		Screenshots.save("new-file-opened");
	}
}
