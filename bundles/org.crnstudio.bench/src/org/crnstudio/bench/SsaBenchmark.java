package org.crnstudio.bench;

import java.util.List;
import java.util.function.Supplier;

import org.crnstudio.model.Simulation;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SsaAlgorithm;
import org.crnstudio.sim.StochasticOptions;
import org.crnstudio.sim.StochasticResult;
import org.crnstudio.sim.StochasticSimulator;

/**
 * One stochastic run (one thread, a fixed seed, so every iteration does the same work) of a simulation built once.
 * Output sizes: reaction events (firings) and leaps; the harness's events per second is the figure that matters.
 */
public record SsaBenchmark(String name, String description, Supplier<Simulation> simulation, SsaAlgorithm algorithm,
		double volume) implements Benchmark {

	private static final long SEED = 20_261_123L;

	@Override
	public Operation prepare() {
		SimulationPlan plan = SimulationPlan.of(simulation.get());
		StochasticOptions options = StochasticOptions.ofVolume(volume).withAlgorithm(algorithm).withSeed(SEED);
		StochasticSimulator simulator = new StochasticSimulator(1);
		return new Operation() {
			@Override
			public Object run() {
				return simulator.run(plan, options);
			}

			@Override
			public List<OutputCount> sizeOf(Object result) {
				StochasticResult stochastic = (StochasticResult) result;
				return List.of(new OutputCount("events", stochastic.statistics().events()),
						new OutputCount("leaps", stochastic.statistics().leaps()));
			}
		};
	}
}
