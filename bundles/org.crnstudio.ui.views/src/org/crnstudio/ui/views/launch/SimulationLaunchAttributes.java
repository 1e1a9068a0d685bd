package org.crnstudio.ui.views.launch;

/** The type id and attribute names of "CRN Simulation" launch configurations. */
public final class SimulationLaunchAttributes {

	public static final String TYPE_ID = "org.crnstudio.launch.simulation";
	/** Workspace-relative path of the .crn file, e.g. /examples/lotka-volterra.crn. */
	public static final String FILE = "org.crnstudio.launch.file";
	/** Name of the simulation declaration to run. */
	public static final String SIMULATION = "org.crnstudio.launch.simulation";
	/** End time overriding the declaration's until; empty: as declared. */
	public static final String END_TIME = "org.crnstudio.launch.endTime";
	/** Relative tolerance overriding the method's rtol; empty: as declared. */
	public static final String RELATIVE_TOLERANCE = "org.crnstudio.launch.rtol";
	/** Absolute tolerance overriding the method's atol; empty: as declared. */
	public static final String ABSOLUTE_TOLERANCE = "org.crnstudio.launch.atol";
	/** Folder of the project the result files go to. */
	public static final String RESULTS_FOLDER = "results";

	private SimulationLaunchAttributes() {
	}
}
