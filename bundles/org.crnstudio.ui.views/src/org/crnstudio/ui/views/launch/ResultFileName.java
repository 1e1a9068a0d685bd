package org.crnstudio.ui.views.launch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/** Names a run's CSV file after its simulation and start time: {@code Cycles-20261123-101530.csv}. No UI. */
public final class ResultFileName {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private ResultFileName() {
	}

	/** The name; when taken (two runs in one second), {@code -2}, {@code -3}, ... is added before .csv. */
	public static String of(String simulation, LocalDateTime start, Predicate<String> taken) {
		String base = simulation + "-" + STAMP.format(start);
		String name = base + ".csv";
		for (int n = 2; taken.test(name); n++) {
			name = base + "-" + n + ".csv";
		}
		return name;
	}
}
