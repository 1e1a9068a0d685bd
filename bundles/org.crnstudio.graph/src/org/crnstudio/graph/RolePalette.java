package org.crnstudio.graph;

import java.util.Map;

/**
 * The fill colour of each species role (0xRRGGBB), shared by the graph view and the SVG export so both show the
 * same picture. Colours are light enough for black text and distinct in both the light and the dark theme.
 */
public final class RolePalette {

	private static final Map<String, Integer> FILLS = Map.ofEntries(
			Map.entry("plain", 0xBBDEFB),
			Map.entry("input", 0xC8E6C9),
			Map.entry("output", 0xFFCC80),
			Map.entry("hidden", 0xD1C4E9),
			Map.entry("weight", 0xFFF59D),
			Map.entry("bias", 0xFFE0B2),
			Map.entry("auxiliary", 0xCFD8DC),
			Map.entry("target", 0xF8BBD0),
			Map.entry("gradient", 0xB2EBF2),
			Map.entry("adjoint", 0xB2DFDB),
			Map.entry("parameter", 0xE6EE9C),
			Map.entry("clock", 0xD7CCC8),
			Map.entry("waste", 0xEEEEEE),
			Map.entry("reaction", 0x546E7A),
			Map.entry("group", 0xE3F2FD));

	/** Outline and text colour. */
	public static final int INK = 0x263238;
	/** Group boxes: a faint fill behind their members. */
	public static final int GROUP_BOX = 0xF1F5F9;
	public static final int GROUP_BOX_LINE = 0x90A4AE;
	public static final int EDGE = 0x455A64;
	public static final int CATALYST_EDGE = 0x1E88E5;
	public static final int DUAL_RAIL = 0xE53935;

	private RolePalette() {
	}

	/** The fill of a node of that role; unknown roles get the plain colour. */
	public static int fill(String role) {
		return FILLS.getOrDefault(role, FILLS.get("plain"));
	}

	/** "#rrggbb" */
	public static String hex(int rgb) {
		return String.format("#%06x", rgb & 0xFFFFFF);
	}
}
