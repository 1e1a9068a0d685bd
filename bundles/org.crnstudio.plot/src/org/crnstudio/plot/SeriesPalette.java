package org.crnstudio.plot;

/** Line colours of series by position (0xRRGGBB), shared by the headless charts and the Plot view. */
public final class SeriesPalette {

	private static final int[] COLOURS = { 0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x8c564b, 0xe377c2,
			0x7f7f7f, 0xbcbd22, 0x17becf };

	private SeriesPalette() {
	}

	/** The colour of the series at that position; colours repeat after ten series. */
	public static int rgb(int index) {
		return COLOURS[Math.floorMod(index, COLOURS.length)];
	}
}
