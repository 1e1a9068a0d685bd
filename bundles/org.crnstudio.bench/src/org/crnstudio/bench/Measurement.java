package org.crnstudio.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The result of one benchmark: wall times of the measured runs (ns), bytes allocated per run, bytes retained by
 * one run's output (heap after GC with the output held, minus before), and the output's size.
 */
public record Measurement(String name, long[] nanos, long[] allocated, long retained, List<OutputCount> size,
		long[] cpuNanos) {

	/** Without CPU times (they are then unknown). */
	public Measurement(String name, long[] nanos, long[] allocated, long retained, List<OutputCount> size) {
		this(name, nanos, allocated, retained, size, new long[0]);
	}

	/** Median CPU time of the benchmark's thread per run (ms), NaN when unknown: on a shared machine the honest figure. */
	public double medianCpuMillis() {
		return cpuNanos.length == 0 || cpuNanos[0] < 0 ? Double.NaN : median(cpuNanos) / 1e6;
	}

	public double medianMillis() {
		return median(nanos) / 1e6;
	}

	public double minMillis() {
		return Arrays.stream(nanos).min().orElse(0) / 1e6;
	}

	public double maxMillis() {
		return Arrays.stream(nanos).max().orElse(0) / 1e6;
	}

	/** Median bytes allocated per run; -1 when the JVM does not count allocation. */
	public long medianAllocated() {
		return allocated.length == 0 || allocated[0] < 0 ? -1 : (long) median(allocated);
	}

	/** A few lines for the terminal. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n", name, medianMillis(),
				minMillis(), maxMillis(), nanos.length));
		if (!Double.isNaN(medianCpuMillis())) {
			text.append(String.format(Locale.ROOT, "  thread CPU per run: median %.1f ms%n", medianCpuMillis()));
		}
		text.append(String.format(Locale.ROOT, "  allocated per run %s, retained by the output %s%n", bytes(medianAllocated()),
				bytes(retained)));
		for (OutputCount count : size) {
			text.append(String.format(Locale.ROOT, "  output %,d %s (%,.0f per second at the median): %s allocated and %s retained per %s%n",
					count.count(), count.unit(), medianMillis() > 0 ? count.count() / (medianMillis() / 1e3) : 0.0,
					perUnit(medianAllocated(), count), perUnit(retained, count), singular(count.unit())));
		}
		return text.toString();
	}

	/** Bytes per unit of the output, or NaN when unknown. */
	public double perUnit(long total, String unit) {
		return size.stream().filter(c -> c.unit().equals(unit) && c.count() > 0 && total >= 0).mapToDouble(c -> (double) total / c.count())
				.findFirst().orElse(Double.NaN);
	}

	private static String perUnit(long total, OutputCount count) {
		return total < 0 || count.count() == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f B", (double) total / count.count());
	}

	static String singular(String unit) {
		return unit.endsWith("s") && !unit.equals("species") ? unit.substring(0, unit.length() - 1) : unit;
	}

	static String bytes(long bytes) {
		if (bytes < 0) {
			return "n/a";
		}
		return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}
}
