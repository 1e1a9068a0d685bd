package org.crnstudio.sim;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.crnstudio.model.Simulation;

/**
 * The one entry point from a simulation declaration to the engine it asks for: {@code method ode} (or no method)
 * runs the {@link OdeSimulator}, {@code method ssa(...)} the {@link StochasticSimulator}. The command line and the
 * IDE launch both call it; overrides (end time, tolerances) change the plan before the run.
 */
public final class SimulationRunner {

    private final SimulationPlan plan;
    /** Null for the deterministic engine. */
    private final StochasticOptions stochastic;

    private SimulationRunner(SimulationPlan plan, StochasticOptions stochastic) {
        this.plan = plan;
        this.stochastic = stochastic;
    }

    /** Reads the declaration: a SimulationException names what is wrong and where. */
    public static SimulationRunner of(Simulation simulation) {
        SimulationPlan plan = SimulationPlan.of(simulation);
        if (!StochasticOptions.isStochastic(simulation)) {
            return new SimulationRunner(plan, null);
        }
        if (simulation.getNoise() != null) {
            int line = simulation.getNoise().getLine() > 0 ? simulation.getNoise().getLine() : simulation.getLine();
            throw new SimulationException("noise perturbs the deterministic method ode; method ssa is stochastic"
                    + " already: remove the noise, or use method ode", line);
        }
        if (plan.untilSteady()) {
            throw new SimulationException("'until steady' needs the deterministic method ode: a stochastic run keeps"
                    + " fluctuating; write 'until T' with method ssa", simulation.getLine());
        }
        return new SimulationRunner(plan, StochasticOptions.of(simulation));
    }

    public SimulationPlan plan() {
        return plan;
    }

    /** The ssa options, or empty for the deterministic engine. */
    public Optional<StochasticOptions> stochasticOptions() {
        return Optional.ofNullable(stochastic);
    }

    public boolean isStochastic() {
        return stochastic != null;
    }

    /** The same runner with a changed plan (e.g. another end time or tolerances). */
    public SimulationRunner withPlan(UnaryOperator<SimulationPlan> change) {
        return new SimulationRunner(change.apply(plan), stochastic);
    }

    /** The same runner with changed ssa options; a deterministic runner stays as it is. */
    public SimulationRunner withStochasticOptions(UnaryOperator<StochasticOptions> change) {
        return stochastic == null ? this : new SimulationRunner(plan, change.apply(stochastic));
    }

    public SimulationRun run() {
        return run(SimulationMonitor.NONE);
    }

    public SimulationRun run(SimulationMonitor monitor) {
        if (stochastic == null) {
            return new SimulationRun(new OdeSimulator().run(plan, monitor));
        }
        return new SimulationRun(new StochasticSimulator().run(plan, stochastic, monitor).result());
    }
}
