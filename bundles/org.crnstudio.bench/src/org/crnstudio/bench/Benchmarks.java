package org.crnstudio.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.model.Construction;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.SsaAlgorithm;

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
				new SimulateBenchmark("simulate-ri-mnist", "ode(stiff) of the rate_independent 196-512-512-10 network"
						+ " (random +1/-1 weights, random biases, inputs uniform in [-0.3, 0.7]) to t = 50, rtol 1e-8,"
						+ " atol 1e-10; C reference (CVODE + KLU): 6.7 s",
						() -> compiled(RandomNetworks.binary(SEED, 196, 512, 512, 10), Construction.RATE_INDEPENDENT,
								Map.of(), -0.3, 0.7),
						50, OdeMethod.RODAS4, 1e-8, 1e-10, 1e-11, 1e-13),
				new SimulateBenchmark("simulate-fp-mnist", "ode(stiff) of the fixed_point 784-40-10 network (weights"
						+ " N(0,1)/sqrt(fan-in), h = 1, inputs uniform in [0, 1]) to t = 30, rtol 1e-8, atol 1e-10;"
						+ " C reference (CVODE + KLU): 0.115 s",
						() -> compiled(RandomNetworks.gaussian(SEED, 1, 784, 40, 10), Construction.FIXED_POINT, Map.of(),
								0, 1),
						30, OdeMethod.RODAS4, 1e-8, 1e-10, 1e-11, 1e-13),
				new SimulateBenchmark("simulate-ri-mnist-bdf", "the same as simulate-ri-mnist with ode(method = bdf)",
						() -> compiled(RandomNetworks.binary(SEED, 196, 512, 512, 10), Construction.RATE_INDEPENDENT,
								Map.of(), -0.3, 0.7),
						50, OdeMethod.BDF, 1e-8, 1e-10, 1e-11, 1e-13),
				new SimulateBenchmark("simulate-fp-mnist-bdf", "the same as simulate-fp-mnist with ode(method = bdf)",
						() -> compiled(RandomNetworks.gaussian(SEED, 1, 784, 40, 10), Construction.FIXED_POINT, Map.of(),
								0, 1),
						30, OdeMethod.BDF, 1e-8, 1e-10, 1e-11, 1e-13),
				new SimulateBenchmark("simulate-fp-mnist-explicit", "the same with ode(nonstiff) (Dormand-Prince 8(5,3))",
						() -> compiled(RandomNetworks.gaussian(SEED, 1, 784, 40, 10), Construction.FIXED_POINT, Map.of(),
								0, 1),
						30, OdeMethod.DORMAND_PRINCE, 1e-8, 1e-10, 1e-11, 1e-13),
				new PeriodBenchmark("simulate-xor-period", "ode(stiff) of one period (300 time units) of the one-pot"
						+ " XOR training CRN (XorNet 2-10-1, smooth_relu(h = 3), one_pot(eta = 0.002)), sample (0, 1) -> 1,"
						+ " system compiled once, rtol 1e-8, atol 1e-10; target 2 ms (26,000 periods in 60 s)",
						SimulationBenchmarks::xorPeriod, 300, OdeMethod.RODAS4, 1e-8, 1e-10, 1e-11, 1e-13),
				new PeriodBenchmark("simulate-xor-period-1e-6", "the same at rtol 1e-6, atol 1e-8",
						SimulationBenchmarks::xorPeriod, 300, OdeMethod.RODAS4, 1e-6, 1e-8, 1e-11, 1e-13),
				new PeriodBenchmark("simulate-xor-period-bdf", "the same as simulate-xor-period with ode(method = bdf)",
						SimulationBenchmarks::xorPeriod, 300, OdeMethod.BDF, 1e-8, 1e-10, 1e-11, 1e-13),
				new PeriodBenchmark("simulate-xor-period-1e-6-bdf", "the same at rtol 1e-6, atol 1e-8 with ode(method = bdf)",
						SimulationBenchmarks::xorPeriod, 300, OdeMethod.BDF, 1e-6, 1e-8, 1e-11, 1e-13),
				new PeriodBenchmark("simulate-xor-period-explicit", "the same with ode(nonstiff) (Dormand-Prince 8(5,3)),"
						+ " rtol 1e-8, atol 1e-10", SimulationBenchmarks::xorPeriod, 300, OdeMethod.DORMAND_PRINCE, 1e-8, 1e-10,
						1e-11, 1e-13),
				ssa("ssa-lv", "examples/lotka-volterra.crn (Cycles, t = 50) at volume 50: 5,000 prey, 1,000 predators",
						ExampleSimulations::lotkaVolterra, 50, SsaAlgorithm.DIRECT),
				ssa("ssa-lv", "", ExampleSimulations::lotkaVolterra, 50, SsaAlgorithm.NEXT_REACTION),
				ssa("ssa-lv", "", ExampleSimulations::lotkaVolterra, 50, SsaAlgorithm.TAU_LEAP),
				ssa("ssa-fig1", "examples/rate-independent.crn (Fig1Run, compiled and reduced, x1 = 2, x2 = -1) at volume"
						+ " 10,000: 20,000 input molecules", ExampleSimulations::fig1, 10_000, SsaAlgorithm.DIRECT),
				ssa("ssa-fig1", "", ExampleSimulations::fig1, 10_000, SsaAlgorithm.NEXT_REACTION),
				ssa("ssa-fig1", "", ExampleSimulations::fig1, 10_000, SsaAlgorithm.TAU_LEAP),
				agreement("agree-iris", "IrisCrn", "unreduced"),
				agreement("agree-iris-reduced", "IrisReduced", "reduced"),
				OnePotTrainingBenchmark.xor("train-onepot-xor-short", 200),
				OnePotTrainingBenchmark.xor("train-onepot-xor", 26_000),
				OnePotTrainingBenchmark.xorNoise("train-onepot-xor-noise", 5),
				OnePotTrainingBenchmark.sineNoise("train-onepot-sine-noise", 20),
				OnePotTrainingBenchmark.sineLeakyNoise("train-onepot-sine-leaky-noise", 20));
	}

	/** A compiled network with its input ports set to uniform random values in [low, high] (fixed seed). */
	private static ReactionNetwork compiled(NeuralNetwork source, Construction construction, Map<String, String> options,
			double low, double high) {
		ReactionNetwork network = CompileBenchmark.declaration(source, construction, options);
		new CrnCompiler().compile(network);
		java.util.Random random = new java.util.Random(SEED + 1);
		for (Port input : SimulateBenchmark.ports(network, PortKind.INPUT)) {
			SimulateBenchmark.set(input, low + (high - low) * random.nextDouble());
		}
		return network;
	}

	/** A stochastic run named prefix-algorithm; an empty what repeats the first algorithm's description. */
	private static Benchmark ssa(String prefix, String what, Supplier<Simulation> simulation,
			double volume, SsaAlgorithm algorithm) {
		String name = prefix + "-" + algorithm.word().replace('_', '-');
		String description = "ssa " + algorithm.word() + ": " + (what.isEmpty() ? "as " + prefix + "-direct" : what)
				+ "; reaction events per second";
		return new SsaBenchmark(name, description, simulation, algorithm, volume);
	}

	public static List<Suite> suites() {
		return List.of(new Suite("ri-reduce-scaling",
				"rate_independent compile + reduce of 196-H-H-10 for H = 128, 256, 512: bytes per term should stay flat",
				"terms", List.of(rateIndependent("compile-ri-reduce-128", true, 196, 128, 128, 10),
						rateIndependent("compile-ri-reduce-256", true, 196, 256, 256, 10),
						rateIndependent("compile-ri-reduce-512", true, 196, 512, 512, 10))));
	}

	/** crn agree on the committed Iris experiment (experiments/iris-trained.crn): 150 simulations to t = 50. */
	private static Benchmark agreement(String name, String crn, String form) {
		return new AgreementBenchmark(name, "crn agree experiments/iris-trained.crn --crn " + crn + " --data Iris: the " + form
				+ " rate-independent CRN simulated on all 150 samples; target <= 10 s", Path.of("experiments/iris-trained.crn"), crn,
				"Iris");
	}

	private static Benchmark rateIndependent(String name, boolean reduce, int... sizes) {
		String shape = String.join("-", java.util.Arrays.stream(sizes).mapToObj(Integer::toString).toList());
		String description = "rate_independent compile " + (reduce ? "+ reduce " : "") + "of " + shape
				+ " (random +1/-1 weights, random biases)" + (reduce ? "; target <= 1 s" : "");
		return new CompileBenchmark(name, description, () -> RandomNetworks.binary(SEED, sizes), Construction.RATE_INDEPENDENT,
				Map.of("reduce", Boolean.toString(reduce)));
	}
}
