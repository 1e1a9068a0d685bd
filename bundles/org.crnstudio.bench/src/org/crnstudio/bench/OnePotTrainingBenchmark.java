package org.crnstudio.bench;

import java.util.List;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingRunner;

/**
 * A one-pot training run (seed 002): by default examples/one-pot-xor.crn's XorTraining (Fig. 6A: 2-10-1 smooth ReLU
 * h = 3, eta 0.002, period 300, seed 1), written out here so the benchmark does not depend on the working folder,
 * with the given number of iterations (periods); the noisy variants add seed 002's noise (section 5.2, Fig. 9) as
 * experiments/one-pot-noise.crn runs it. Output size: periods, so the harness's figure per period is the engine's
 * cost of one sample.
 *
 * @param text     the .crn text, with %d where the iterations go
 * @param training the training declaration to run
 * @param what     what the description says after the iterations
 */
public record OnePotTrainingBenchmark(String name, int iterations, String text, String training, String what)
		implements Benchmark {

	/** The text of examples/one-pot-xor.crn (the iterations are this benchmark's). */
	static final String XOR = """
			dataset Xor {
			    inputs x1, x2
			    targets y
			    row 0, 0 -> 0
			    row 0, 1 -> 1
			    row 1, 0 -> 1
			    row 1, 1 -> 0
			}
			nn XorNet {
			    input x1, x2
			    layer hidden = dense(10, smooth_relu(h = 3))
			    layer y      = dense(1, smooth_relu(h = 3))
			}
			training XorTraining {
			    of XorNet on Xor
			    method one_pot(eta = 0.002, period = 300)
			    iterations %d
			    seed 1
			}
			""";

	/**
	 * experiments/one-pot-noise.crn's SineSmooth and SineLeaky (13-point sine, 1-10-1, smooth ReLU h = 4 or leaky
	 * ReLU slope 0.01, period 50, eps 0.1), data inline.
	 */
	static final String SINE_NOISE = """
			dataset Sine13 {
			    inputs x
			    targets y
			    row 0.0 -> 0.0
			    row 0.241660973353061 -> 0.23931566428755774
			    row 0.483321946706122 -> 0.4647231720437685
			    row 0.7249829200591831 -> 0.6631226582407952
			    row 0.966643893412244 -> 0.8229838658936564
			    row 1.2083048667653051 -> 0.9350162426854148
			    row 1.4499658401183662 -> 0.992708874098054
			    row 1.691626813471427 -> 0.992708874098054
			    row 1.933287786824488 -> 0.9350162426854148
			    row 2.174948760177549 -> 0.8229838658936565
			    row 2.4166097335306103 -> 0.6631226582407952
			    row 2.6582707068836706 -> 0.46472317204376906
			    row 2.8999316802367323 -> 0.23931566428755768
			}
			nn SineSmoothNet {
			    input x
			    layer hidden = dense(10, smooth_relu(h = 4))
			    layer y      = dense(1, smooth_relu(h = 4))
			}
			training SineSmooth {
			    of SineSmoothNet on Sine13
			    method one_pot(eta = 0.001, period = 50, report_every = 10, noise_eps = 0.1, noise_nodes)
			    iterations %1$d
			    seed 1
			}
			nn SineLeakyNet {
			    input x
			    layer hidden = dense(10, leaky_relu(slope = 0.01))
			    layer y      = dense(1, leaky_relu(slope = 0.01))
			}
			training SineLeaky {
			    of SineLeakyNet on Sine13
			    method one_pot(eta = 0.001, period = 50, report_every = 10, noise_eps = 0.1, noise_nodes)
			    iterations %1$d
			    seed 1
			}
			""";

	/** examples/one-pot-xor.crn's training without noise. */
	static OnePotTrainingBenchmark xor(String name, int iterations) {
		return new OnePotTrainingBenchmark(name, iterations, XOR, "XorTraining",
				iterations == 26_000 ? " (the paper's setting); target <= 60 s" : "; see ms per period");
	}

	/** The XOR training under noise as experiments/one-pot-noise.crn's XorSmooth: eps 0.3 on rates and nodes. */
	static OnePotTrainingBenchmark xorNoise(String name, int iterations) {
		return new OnePotTrainingBenchmark(name, iterations,
				XOR.replace("period = 300)", "period = 300, noise_eps = 0.3, noise_nodes)"), "XorTraining",
				" under noise (eps 0.3 on the backward CRN's rates and on the node species, t0 0.05, t1 0.005: 12,000 segments"
						+ " per period)");
	}

	/** experiments/one-pot-noise.crn's SineSmooth. */
	static OnePotTrainingBenchmark sineNoise(String name, int iterations) {
		return new OnePotTrainingBenchmark(name, iterations, SINE_NOISE, "SineSmooth", " under noise (eps 0.1 on"
				+ " the backward CRN's rates and on the node species: 2,000 segments per period)");
	}

	/** experiments/one-pot-noise.crn's SineLeaky: stiff (its derivative module runs at 1e5), on Rodas4. */
	static OnePotTrainingBenchmark sineLeakyNoise(String name, int iterations) {
		return new OnePotTrainingBenchmark(name, iterations, SINE_NOISE, "SineLeaky", " under noise"
				+ " (eps 0.1 on the backward CRN's rates and on the node species: 2,000 segments per period)");
	}

	@Override
	public String description() {
		String data = switch (training) {
			case "SineSmooth" -> "13-point sine 1-10-1 (h = 4, period 50";
			case "SineLeaky" -> "13-point sine 1-10-1 (leaky ReLU, period 50";
			default -> "XOR 2-10-1 (h = 3, period 300";
		};
		return "one_pot training of " + data + ", examples/one-pot-xor.crn or experiments/one-pot-noise.crn), "
				+ iterations + " periods" + what;
	}

	/** The paper's setting takes minutes per run: only when named (e.g. --warmup 0 --iterations 1). */
	@Override
	public boolean inAll() {
		return iterations <= 1000;
	}

	@Override
	public Operation prepare() {
		LoadedFile file = new CrnLoader().load(text.formatted(iterations), "one-pot.crn");
		if (file.hasErrors()) {
			throw new IllegalStateException("benchmark model does not load: " + file.diagnostics());
		}
		return new Operation() {
			@Override
			public Object run() {
				TrainingOutcome outcome = TrainingRunner.run(file, training, TrainingMonitor.NONE);
				return outcome;
			}

			@Override
			public List<OutputCount> sizeOf(Object result) {
				return List.of(new OutputCount("periods", iterations));
			}
		};
	}
}
