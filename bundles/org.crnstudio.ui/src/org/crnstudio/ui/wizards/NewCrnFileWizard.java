package org.crnstudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.crnstudio.ui.SharedLanguageServices;
import org.crnstudio.ui.builder.CrnNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > CRN Studio > CRN File: a .crn file with a starter network, opened in the editor. */
public final class NewCrnFileWizard extends BasicNewResourceWizard {

	public static final String ID = "org.crnstudio.ui.wizards.newCrnFile";

	private WizardNewFileCreationPage page;

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("newCrnFile", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				String text = StarterContent.forNetwork(StarterContent.networkName(getFileName()),
						SharedLanguageServices.get().templates());
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("CRN File");
		page.setDescription("Create a .crn file with a starter reaction network.");
		page.setFileExtension("crn");
		page.setFileName("network.crn");
		addPage(page);
		setWindowTitle("New CRN File");
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			CrnNature.addTo(file.getProject(), null);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("Cannot add the CRN nature to " + file.getProject().getName(), e);
		}
		selectAndReveal(file);
		if (getWorkbench().getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot open " + file.getFullPath(), e);
			}
		}
		return true;
	}

	/** The page (for tests). */
	public WizardNewFileCreationPage page() {
		return page;
	}
}
