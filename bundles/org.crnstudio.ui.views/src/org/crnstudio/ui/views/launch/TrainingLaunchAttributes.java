package org.crnstudio.ui.views.launch;

/** The type id and attribute names of "CRN Training" launch configurations. */
public final class TrainingLaunchAttributes {

	public static final String TYPE_ID = "org.crnstudio.launch.training";
	/** Workspace-relative path of the .crn file, e.g. /examples/neural-crn-linreg.crn (as for simulations). */
	public static final String FILE = SimulationLaunchAttributes.FILE;
	/** Name of the training declaration to run. */
	public static final String TRAINING = "org.crnstudio.launch.training";
	/** The console trainings log to. */
	public static final String CONSOLE = "CRN Training";

	private TrainingLaunchAttributes() {
	}
}
