package org.crnstudio.ui.views.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** The Simulation tab: the .crn file, the simulation declaration, and optional end time and tolerances. */
final class SimulationMainTab extends DeclarationTab {

	private Text endTime;
	private Text relativeTolerance;
	private Text absoluteTolerance;

	SimulationMainTab() {
		super(DeclarationKind.SIMULATION);
	}

	@Override
	protected void createOptions(Composite body) {
		hint(body, SWT.NONE, "Overrides (leave empty to keep the declared values):");
		endTime = field(body, "End time:");
		relativeTolerance = field(body, "Relative tolerance (rtol):");
		absoluteTolerance = field(body, "Absolute tolerance (atol):");
	}

	@Override
	protected void initializeOptions(ILaunchConfiguration configuration) throws CoreException {
		endTime.setText(configuration.getAttribute(SimulationLaunchAttributes.END_TIME, ""));
		relativeTolerance.setText(configuration.getAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, ""));
		absoluteTolerance.setText(configuration.getAttribute(SimulationLaunchAttributes.ABSOLUTE_TOLERANCE, ""));
	}

	@Override
	protected void applyOptions(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunchAttributes.END_TIME, endTime.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, relativeTolerance.getText().strip());
		configuration.setAttribute(SimulationLaunchAttributes.ABSOLUTE_TOLERANCE, absoluteTolerance.getText().strip());
	}

	@Override
	protected String optionsError() {
		try {
			RunOverrides.parse(endTime.getText(), relativeTolerance.getText(), absoluteTolerance.getText());
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}
}
