package org.crnstudio.plot;

import java.util.List;

/**
 * The columns of an SSA ensemble: the mean of a series under its own name and its standard deviation under
 * {@code <name>_sd}. A chart draws the mean as the line and mean +- sd as a band around it, so the {@code _sd}
 * column is not a line of its own (and not a legend entry).
 */
public final class EnsembleColumns {

	public static final String SD_SUFFIX = "_sd";

	private EnsembleColumns() {
	}

	/** The name of the standard-deviation column of a series. */
	public static String sdColumn(String series) {
		return series + SD_SUFFIX;
	}

	/** Whether {@code series} has its standard deviation among {@code columns}. */
	public static boolean hasSpread(List<String> columns, String series) {
		return columns.contains(sdColumn(series));
	}

	/** The columns drawn as lines: all but the {@code <name>_sd} column of a {@code <name>} that is there too. */
	public static List<String> lines(List<String> columns) {
		return columns.stream().filter(c -> !isSpreadOfAnother(columns, c)).toList();
	}

	private static boolean isSpreadOfAnother(List<String> columns, String column) {
		return column.endsWith(SD_SUFFIX) && column.length() > SD_SUFFIX.length()
				&& columns.contains(column.substring(0, column.length() - SD_SUFFIX.length()));
	}
}
