package org.crnstudio.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.crnstudio.model.Observable;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;

/**
 * One deterministic run of a compiled network (compiled once, not measured): each measured run compiles the
 * mass-action system, integrates to the end time and records a few output rows. Before measuring, prepare() runs
 * it once more at a tight tolerance (the reference) and prints the method's statistics and the largest relative
 * error of the outputs (the network's observables) against the reference, so every figure comes with
 * the accuracy it was reached at.
 */
public record SimulateBenchmark(String name, String description, Supplier<ReactionNetwork> network, double endTime,
		OdeMethod method, double rtol, double atol, double referenceRtol, double referenceAtol) implements Benchmark {

	/** Rows recorded: few, so the figure is the integration's, not the recorder's. */
	private static final int OUTPUT_INTERVALS = 10;

	@Override
	public Operation prepare() {
		ReactionNetwork compiled = network.get();
		SimulationPlan plan = SimulationPlan.forNetwork(compiled, endTime).withOutputIntervals(OUTPUT_INTERVALS)
				.withTolerances(rtol, atol).withMethod(method);
		SimulationPlan reference = plan.withTolerances(referenceRtol, referenceAtol).withMethod(OdeMethod.RODAS4);
		SimulationResult referenceResult = new OdeSimulator().run(reference);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		SimulationResult first = new OdeSimulator().run(plan);
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		System.err.printf(Locale.ROOT, "%s: %d species (%d dynamic), %d reactions; %s; CPU time of the whole run %.3f s%n"
				+ "  accuracy: %s (reference: %s)%n",
				name, compiled.getSpecies().size(), first.dynamicSpecies().size(), compiled.getReactions().size(),
				first.statistics().describe(), cpuSeconds, accuracy(compiled, first, referenceResult),
				referenceResult.statistics().describe());
		return () -> new OdeSimulator().run(plan);
	}

	/**
	 * The largest relative error at the end over the network's observables (a compiled network's outputs), or over
	 * every species when it has none, and the largest absolute one.
	 */
	static String accuracy(ReactionNetwork network, SimulationResult result, SimulationResult reference) {
		List<String> outputs = network.getObservables().stream().map(Observable::getName).toList();
		String what = "outputs";
		if (outputs.isEmpty()) {
			outputs = network.getSpecies().stream().map(Species::getName).toList();
			what = "species";
		}
		double relative = 0;
		double absolute = 0;
		for (String output : outputs) {
			double value = result.finalValue(output);
			double expected = reference.finalValue(output);
			absolute = Math.max(absolute, Math.abs(value - expected));
			relative = Math.max(relative, Math.abs(value - expected) / Math.max(Math.abs(expected), 1e-12));
		}
		return String.format(Locale.ROOT, "max relative error of %d %s %.2e, max absolute %.2e", outputs.size(), what,
				relative, absolute);
	}

	/** Sets a port's species for a signed value on its rails (plus = max(v, 0), minus = max(-v, 0)). */
	static void set(Port port, double value) {
		port.getPlus().setInitial(Math.max(value, 0));
		if (port.getMinus() != null) {
			port.getMinus().setInitial(Math.max(-value, 0));
		}
	}

	static List<Port> ports(ReactionNetwork network, PortKind kind) {
		return network.getPorts().stream().filter(port -> port.getKind() == kind).toList();
	}
}
