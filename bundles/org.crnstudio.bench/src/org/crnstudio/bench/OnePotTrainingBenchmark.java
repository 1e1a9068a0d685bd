package org.crnstudio.bench;

import java.util.List;

import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.TrainingOutcome;
import org.crnstudio.train.TrainingRunner;

/**
 * A one-pot training run (seed 002, Fig. 6A): examples/one-pot-xor.crn's XorTraining (2-10-1 smooth ReLU h = 3,
 * eta 0.002, period 300, seed 1), written out here so the benchmark does not depend on the working folder, with
 * the given number of iterations (periods). Output size: periods, so the harness's figure per period is the
 * engine's cost of one sample.
 */
public record OnePotTrainingBenchmark(String name, int iterations) implements Benchmark {

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

	@Override
	public String description() {
		return "one_pot training of XOR 2-10-1 (examples/one-pot-xor.crn), " + iterations + " periods of 300"
				+ (iterations == 26_000 ? " (the paper's setting); target <= 60 s" : "; see ms per period");
	}

	/** The paper's setting takes minutes per run: only when named (e.g. --warmup 0 --iterations 1). */
	@Override
	public boolean inAll() {
		return iterations <= 1000;
	}

	@Override
	public Operation prepare() {
		LoadedFile file = new CrnLoader().load(XOR.formatted(iterations), "one-pot-xor.crn");
		if (file.hasErrors()) {
			throw new IllegalStateException("benchmark model does not load: " + file.diagnostics());
		}
		return new Operation() {
			@Override
			public Object run() {
				TrainingOutcome outcome = TrainingRunner.run(file, "XorTraining", TrainingMonitor.NONE);
				return outcome;
			}

			@Override
			public List<OutputCount> sizeOf(Object result) {
				return List.of(new OutputCount("periods", iterations));
			}
		};
	}
}
