package org.crnstudio.ui.views.launch;

import java.util.List;

/**
 * The simulation declarations of a .crn text, found by a quick scan (no parse: the launch dialog offers them
 * while the user types). No UI.
 */
public final class SimulationNames {

	private SimulationNames() {
	}

	public static List<String> in(String text) {
		return DeclarationNames.names("simulation", text);
	}
}
