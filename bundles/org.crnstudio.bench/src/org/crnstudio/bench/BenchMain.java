package org.crnstudio.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./bench list | all | NAME... [--warmup N] [--iterations N]}: runs benchmarks and suites by name and
 * prints their figures. Exit 0, or 2 on a usage error (an unknown name lists the valid ones).
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> names = new ArrayList<>();
		int warmup = Settings.DEFAULT.warmup();
		int iterations = Settings.DEFAULT.iterations();
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
				case "--warmup" -> warmup = count(args, ++i, "--warmup");
				case "--iterations" -> iterations = count(args, ++i, "--iterations");
				case "-h", "--help" -> {
					usage(out);
					return 0;
				}
				default -> names.add(args[i]);
				}
			}
			if (names.isEmpty() || names.equals(List.of("list"))) {
				list(out);
				return 0;
			}
			List<String> wanted = names.equals(List.of("all")) ? allNames().stream()
					.filter(name -> find(name).map(what -> !(what instanceof Benchmark b) || b.inAll()).orElse(true)).toList()
					: names;
			List<Object> chosen = new ArrayList<>();
			for (String name : wanted) {
				chosen.add(find(name).orElseThrow(() -> new IllegalArgumentException("no benchmark or suite named '" + name
						+ "'; valid: " + String.join(", ", allNames()))));
			}
			Harness harness = new Harness(new Settings(warmup, iterations));
			out.printf(Locale.ROOT, "Java %s, %d processors, max heap %s; %d warm-up + %d measured runs each%n%n",
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
					Measurement.bytes(Runtime.getRuntime().maxMemory()), warmup, iterations);
			for (Object what : chosen) {
				if (what instanceof Benchmark benchmark) {
					out.println("# " + benchmark.description());
					out.println(harness.measure(benchmark).describe());
				} else if (what instanceof Suite suite) {
					runSuite(harness, suite, out);
				}
			}
			return 0;
		} catch (IllegalArgumentException e) {
			err.println("bench: " + e.getMessage());
			return 2;
		}
	}

	private static void runSuite(Harness harness, Suite suite, PrintStream out) {
		out.println("# suite " + suite.name() + ": " + suite.description());
		List<Measurement> measurements = new ArrayList<>();
		for (Benchmark size : suite.sizes()) {
			out.println("## " + size.description());
			Measurement measurement = harness.measure(size);
			out.println(measurement.describe());
			measurements.add(measurement);
		}
		String unit = Measurement.singular(suite.unit());
		out.printf(Locale.ROOT, "%-28s %14s %16s %16s %12s%n", "size", suite.unit(), "allocated/" + unit, "retained/" + unit, "median ms");
		for (Measurement m : measurements) {
			long count = m.size().stream().filter(c -> c.unit().equals(suite.unit())).mapToLong(OutputCount::count).findFirst().orElse(0);
			out.printf(Locale.ROOT, "%-28s %,14d %14.1f B %14.1f B %12.1f%n", m.name(), count, m.perUnit(m.medianAllocated(), suite.unit()),
					m.perUnit(m.retained(), suite.unit()), m.medianMillis());
		}
		out.println(spread("allocated", measurements.stream().mapToDouble(m -> m.perUnit(m.medianAllocated(), suite.unit())).toArray(), unit));
		out.println(spread("retained", measurements.stream().mapToDouble(m -> m.perUnit(m.retained(), suite.unit())).toArray(), unit));
		out.println();
	}

	/** Linear memory means a flat figure per unit: report the largest over the smallest. */
	private static String spread(String what, double[] perUnit, String unit) {
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (double value : perUnit) {
			if (Double.isNaN(value)) {
				return what + " per " + unit + ": not measured on this JVM";
			}
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		double ratio = max / min;
		return String.format(Locale.ROOT, "%s per %s varies by a factor %.2f across sizes: %s", what, unit, ratio,
				ratio <= 1.5 ? "linear in the output" : "NOT linear in the output");
	}

	private static Optional<Object> find(String name) {
		for (Benchmark benchmark : Benchmarks.all()) {
			if (benchmark.name().equals(name)) {
				return Optional.of(benchmark);
			}
		}
		for (Suite suite : Benchmarks.suites()) {
			if (suite.name().equals(name)) {
				return Optional.of(suite);
			}
			for (Benchmark size : suite.sizes()) {
				if (size.name().equals(name)) {
					return Optional.of(size);
				}
			}
		}
		return Optional.empty();
	}

	private static List<String> allNames() {
		List<String> names = new ArrayList<>(Benchmarks.all().stream().map(Benchmark::name).toList());
		Benchmarks.suites().forEach(s -> names.add(s.name()));
		return names;
	}

	private static void list(PrintStream out) {
		out.println("Benchmarks (./bench NAME...; ./bench all runs every one):");
		for (Benchmark benchmark : Benchmarks.all()) {
			out.printf(Locale.ROOT, "  %-26s %s%s%n", benchmark.name(), benchmark.description(),
					benchmark.inAll() ? "" : " (not in all: name it)");
		}
		out.println("Suites (one operation at growing sizes; memory per output unit):");
		for (Suite suite : Benchmarks.suites()) {
			out.printf(Locale.ROOT, "  %-26s %s%n", suite.name(), suite.description());
		}
	}

	private static void usage(PrintStream out) {
		out.println("usage: ./bench list | all | NAME... [--warmup N] [--iterations N]");
		out.println("  defaults: --warmup " + Settings.DEFAULT.warmup() + " --iterations " + Settings.DEFAULT.iterations());
	}

	private static int count(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a number");
		}
		try {
			return Integer.parseInt(args[i]);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " needs a whole number, found '" + args[i] + "'");
		}
	}
}
