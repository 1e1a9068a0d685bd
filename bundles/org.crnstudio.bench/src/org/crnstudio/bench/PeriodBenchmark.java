package org.crnstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.IntegratorFactory;
import org.crnstudio.sim.MassActionSystem;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.ResumableIntegrator;
import org.crnstudio.sim.SegmentStart;
import org.crnstudio.sim.SimulationPlan;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * One period of a training run as the training loop sees it: the mass-action system is compiled once (not
 * measured), each measured run makes the integrator through {@link IntegratorFactory} and integrates one period
 * from the sample's state, recording nothing (the stiff methods on their lean path, as the training's session runs
 * them; the explicit ones through Hipparchus). prepare() prints the statistics, the thread's CPU time of one run
 * (wall time on a shared machine overstates it) and the largest relative error of the final state against a
 * tight-tolerance run.
 */
public record PeriodBenchmark(String name, String description, Supplier<ReactionNetwork> network, double period,
		OdeMethod method, double rtol, double atol, double referenceRtol, double referenceAtol) implements Benchmark {

	@Override
	public Operation prepare() {
		ReactionNetwork compiled = network.get();
		MassActionSystem system = MassActionSystem.compile(compiled);
		SimulationPlan plan = SimulationPlan.forNetwork(compiled, period).withTolerances(rtol, atol).withMethod(method);
		double[] reference = integrate(system, plan.withTolerances(referenceRtol, referenceAtol)
				.withMethod(OdeMethod.RODAS4));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 20; i++) {
			integrate(system, plan);
		}
		long cpu = threads.getCurrentThreadCpuTime();
		IntegratorFactory.ChosenIntegrator chosen = IntegratorFactory.create(system, plan, period);
		double[] state = integrate(system, plan, chosen);
		double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
		double error = 0;
		for (int i = 0; i < state.length; i++) {
			error = Math.max(error, Math.abs(state[i] - reference[i]) / Math.max(Math.abs(reference[i]), atol));
		}
		System.err.printf(Locale.ROOT, "%s: %d dynamic species, %d monomials; %s; CPU time of one period %.2f ms;"
				+ " max relative error of the final state %.2e (|x| floored at atol)%n", name, system.dimension(),
				system.monomialCount(), chosen.statistics(chosen.integrator().getEvaluations(), 0).describe(), cpuMillis,
				error);
		return () -> integrate(system, plan);
	}

	private double[] integrate(MassActionSystem system, SimulationPlan plan) {
		return integrate(system, plan, IntegratorFactory.create(system, plan, period));
	}

	/** One period from the system's initial state with a fresh integrator; the final state. */
	private double[] integrate(MassActionSystem system, SimulationPlan plan, IntegratorFactory.ChosenIntegrator chosen) {
		ResumableIntegrator lean = chosen.resumable();
		if (lean == null) {
			return chosen.integrator().integrate(ode(system), new ODEState(0, system.initialState()), period)
					.getPrimaryState();
		}
		double[] state = system.initialState();
		lean.nextSegment(SegmentStart.COLD);
		lean.integrateInPlace(0, state, period, ResumableIntegrator.StepObserver.NONE);
		return state;
	}

	private static OrdinaryDifferentialEquation ode(MassActionSystem system) {
		return new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return system.dimension();
			}

			@Override
			public double[] computeDerivatives(double t, double[] y) {
				double[] derivatives = new double[y.length];
				system.derivatives(y, derivatives);
				return derivatives;
			}
		};
	}
}
