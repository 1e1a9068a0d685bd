package org.crnstudio.ui.views.launch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

/**
 * Names a run's result files after its declaration and start time: {@code Cycles-20261123-101530.csv}, or for a
 * training {@code Fit-20261123-101530-metrics.csv} and {@code Fit-20261123-101530-trained.crn}. No UI.
 */
public final class ResultFileName {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private ResultFileName() {
	}

	/** The name; when taken (two runs in one second), {@code -2}, {@code -3}, ... is added before .csv. */
	public static String of(String simulation, LocalDateTime start, Predicate<String> taken) {
		return base(simulation, start, List.of(".csv"), taken) + ".csv";
	}

	/**
	 * The common start of a run's file names, {@code NAME-STAMP} or {@code NAME-STAMP-N}: the first for which no
	 * name {@code base + suffix} is taken.
	 */
	public static String base(String declaration, LocalDateTime start, List<String> suffixes, Predicate<String> taken) {
		String stamped = declaration + "-" + STAMP.format(start);
		String base = stamped;
		for (int n = 2; isTaken(base, suffixes, taken); n++) {
			base = stamped + "-" + n;
		}
		return base;
	}

	private static boolean isTaken(String base, List<String> suffixes, Predicate<String> taken) {
		return suffixes.stream().anyMatch(suffix -> taken.test(base + suffix));
	}
}
