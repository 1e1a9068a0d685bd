package org.crnstudio.ui.views.launch;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The Training tab: the .crn file and the training declaration to run. */
final class TrainingMainTab extends DeclarationTab {

	TrainingMainTab() {
		super(DeclarationKind.TRAINING);
	}

	@Override
	protected void createOptions(Composite body) {
		hint(body, SWT.WRAP, "The metrics CSV and the trained declarations are saved in the project's results folder.");
	}
}
