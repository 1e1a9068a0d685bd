package org.crnstudio.ui.views.graph;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > CRN Studio: the category of the tool's pages (Reaction Graph). */
public final class CrnStudioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public CrnStudioPreferencePage() {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText("CRN Studio's settings are on the pages below this one.");
		return label;
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
