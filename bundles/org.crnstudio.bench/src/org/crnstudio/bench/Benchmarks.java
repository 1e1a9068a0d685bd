package org.crnstudio.bench;

import java.util.List;
import java.util.Map;

import org.crnstudio.model.Construction;

/**
 * Every benchmark and suite {@code ./bench} knows. To add one (e.g. the simulation engine's), add a line to
 * {@link #all()} with a new {@link Benchmark}; names are unique.
 */
public final class Benchmarks {

	/** The seed for the MNIST-shaped networks: fixed so every run measures the same network. */
	private static final long SEED = 20_240_101L;

	private Benchmarks() {
	}

	public static List<Benchmark> all() {
		return List.of(
				rateIndependent("compile-ri-mnist", false, 196, 512, 512, 10),
				rateIndependent("compile-ri-mnist-reduce", true, 196, 512, 512, 10),
				new CompileBenchmark("compile-fp-mnist", "fixed_point compile of 784-40-10 (63,720 reactions)",
						() -> RandomNetworks.smooth(SEED, 784, 40, 10), Construction.FIXED_POINT, Map.of()),
				new OnePotTrainingBenchmark("train-onepot-xor-short", 200),
				new OnePotTrainingBenchmark("train-onepot-xor", 26_000));
	}

	public static List<Suite> suites() {
		return List.of(new Suite("ri-reduce-scaling",
				"rate_independent compile + reduce of 196-H-H-10 for H = 128, 256, 512: bytes per term should stay flat",
				"terms", List.of(rateIndependent("compile-ri-reduce-128", true, 196, 128, 128, 10),
						rateIndependent("compile-ri-reduce-256", true, 196, 256, 256, 10),
						rateIndependent("compile-ri-reduce-512", true, 196, 512, 512, 10))));
	}

	private static Benchmark rateIndependent(String name, boolean reduce, int... sizes) {
		String shape = String.join("-", java.util.Arrays.stream(sizes).mapToObj(Integer::toString).toList());
		String description = "rate_independent compile " + (reduce ? "+ reduce " : "") + "of " + shape
				+ " (random +1/-1 weights, random biases)" + (reduce ? "; target <= 1 s" : "");
		return new CompileBenchmark(name, description, () -> RandomNetworks.binary(SEED, sizes), Construction.RATE_INDEPENDENT,
				Map.of("reduce", Boolean.toString(reduce)));
	}
}
