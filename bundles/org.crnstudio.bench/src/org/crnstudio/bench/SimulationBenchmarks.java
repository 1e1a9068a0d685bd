package org.crnstudio.bench;

import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;

/** Networks the simulation benchmarks run that are not plain random compilations. */
final class SimulationBenchmarks {

	private SimulationBenchmarks() {
	}

	/**
	 * examples/one-pot-xor.crn's training network: XorNet (2-10-1, smooth_relu(h = 3), weights initialised by the
	 * compiler, init_seed 1) compiled with one_pot(eta = 0.002, period = 300), inputs and target set to the sample
	 * (0, 1) -> 1, as one training period starts.
	 */
	static ReactionNetwork xorPeriod() {
		ReactionNetwork network = CompileBenchmark.declaration(RandomNetworks.untrained("XorNet", 3, 2, 10, 1),
				Construction.ONE_POT, Map.of("eta", "0.002", "period", "300"));
		new CrnCompiler().compile(network);
		List<Port> inputs = SimulateBenchmark.ports(network, PortKind.INPUT);
		SimulateBenchmark.set(inputs.get(0), 0);
		SimulateBenchmark.set(inputs.get(1), 1);
		for (Port target : SimulateBenchmark.ports(network, PortKind.TARGET)) {
			SimulateBenchmark.set(target, 1);
		}
		return network;
	}
}
