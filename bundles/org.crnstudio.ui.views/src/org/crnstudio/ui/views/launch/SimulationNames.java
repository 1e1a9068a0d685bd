package org.crnstudio.ui.views.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulation declarations of a .crn text, found by a quick scan (no parse: the launch dialog offers them
 * while the user types). No UI.
 */
public final class SimulationNames {

	private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*simulation\\s+([A-Za-z_][A-Za-z0-9_]*)");

	private SimulationNames() {
	}

	public static List<String> in(String text) {
		List<String> names = new ArrayList<>();
		Matcher matcher = DECLARATION.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}
}
