package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.model.Species;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEStepEndHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Deterministic simulation: integrates the mass-action ODEs of a plan with an adaptive method (tolerances from
 * the plan: by default rtol 1e-8, atol 1e-10 per component), sampling rows exactly at the output times from the
 * method's continuous output. {@code ode} uses Hipparchus' explicit Dormand-Prince 8(5,3); {@code ode(stiff)} the
 * linearly implicit {@link RosenbrockIntegrator} with the analytic Jacobian (dense LU: up to a few hundred dynamic
 * species).
 */
public final class OdeSimulator {

    /** Method names reported in results. */
    public static final String EXPLICIT_METHOD = "ode: Dormand-Prince 8(5,3), adaptive";
    public static final String STIFF_METHOD = "ode(stiff): " + RosenbrockIntegrator.NAME + ", adaptive";
    /** The stiff method factors a dense matrix each step: beyond this many dynamic species that takes too long. */
    public static final int MAX_STIFF_DIMENSION = 500;

    public SimulationResult run(SimulationPlan plan) {
        return run(plan, SimulationMonitor.NONE);
    }

    public SimulationResult run(SimulationPlan plan, SimulationMonitor monitor) {
        MassActionSystem system = MassActionSystem.compile(plan.network(), plan.initialConcentrations());
        if (plan.stiff() && system.dimension() > MAX_STIFF_DIMENSION) {
            throw new SimulationException("ode(stiff) handles at most " + MAX_STIFF_DIMENSION + " dynamic species for"
                    + " now (it factors a dense matrix at every step), and network " + plan.network().getName() + " has "
                    + system.dimension() + ": use method ode (a sparse stiff solver is planned)", plan.line());
        }
        SeriesRecorder recorder = new SeriesRecorder(plan, system, monitor);
        monitor.started(recorder.trajectory());
        double endTime = plan.endTime();
        OutputSampler sampler = new OutputSampler(recorder, endTime, plan.outputIntervals());
        double[] initial = system.initialState();
        String method = plan.stiff() ? STIFF_METHOD : EXPLICIT_METHOD;

        Run run = new Run(system, plan, monitor, sampler, initial);
        if (monitor.isCanceled()) {
            sampler.init(new ODEStateAndDerivative(0, initial, new double[initial.length]), endTime);
            return result(recorder, system, false, 0, 0, method, true);
        }
        if (system.dimension() == 0 || run.steadyAtStart()) {
            // Nothing moves: a steady-state run stops at once, a timed run records the constant state throughout.
            sampler.init(new ODEStateAndDerivative(0, initial, new double[initial.length]), endTime);
            if (plan.untilSteady()) {
                return result(recorder, system, true, 0, run.ode.evaluations(), method, false);
            }
            sampler.recordConstantUntil(endTime, initial);
            return result(recorder, system, false, endTime, 0, method, false);
        }
        return run.integrate(method, recorder);
    }

    private static SimulationResult result(SeriesRecorder recorder, MassActionSystem system, boolean steadyReached,
            double stopTime, long evaluations, String method, boolean canceled) {
        return new SimulationResult(recorder.trajectory(), names(system.dynamicSpecies()),
                names(system.foldedSpecies()), steadyReached, stopTime, evaluations, method, canceled);
    }

    private static List<String> names(List<Species> species) {
        return species.stream().map(Species::getName).toList();
    }

    /** One integration: the integrator with its handlers. */
    private static final class Run {
        final MassActionSystem system;
        final SimulationPlan plan;
        final SimulationMonitor monitor;
        final OutputSampler sampler;
        final double[] initial;
        final MassActionOde ode;
        boolean canceled;

        Run(MassActionSystem system, SimulationPlan plan, SimulationMonitor monitor, OutputSampler sampler,
                double[] initial) {
            this.system = system;
            this.plan = plan;
            this.monitor = monitor;
            this.sampler = sampler;
            this.initial = initial;
            this.ode = new MassActionOde(system);
        }

        boolean steadyAtStart() {
            if (!plan.untilSteady() || system.dimension() == 0) {
                return false;
            }
            return SteadyStateDetector.largestRate(ode.computeDerivatives(0, initial)) < plan.steadyTolerance();
        }

        SimulationResult integrate(String method, SeriesRecorder recorder) {
            double endTime = plan.endTime();
            AbstractIntegrator integrator = plan.stiff()
                    ? new RosenbrockIntegrator(system, endTime, plan.absoluteTolerance(), plan.relativeTolerance())
                    : new DormandPrince853Integrator(0.0, endTime, plan.absoluteTolerance(), plan.relativeTolerance());
            integrator.addStepHandler(sampler);
            integrator.addStepEndHandler(cancellation());
            SteadyStateDetector steady = null;
            if (plan.untilSteady()) {
                steady = new SteadyStateDetector(system, plan.steadyTolerance(), endTime);
                integrator.addEventDetector(steady);
            }
            ODEStateAndDerivative last;
            try {
                last = integrator.integrate(ode, new ODEState(0.0, initial), endTime);
            } catch (MathRuntimeException e) {
                String advice = plan.stiff() ? "try other tolerances with ode(stiff, rtol = ..., atol = ...)"
                        : "the network may be stiff: try method ode(stiff), or other tolerances with"
                                + " ode(rtol = ..., atol = ...)";
                throw new SimulationException("the integration of " + plan.name() + " failed: " + e.getMessage()
                        + " (" + advice + ")", plan.line(), e);
            }
            boolean steadyReached = steady != null && steady.reached();
            return result(recorder, system, steadyReached, last.getTime(), ode.evaluations(), method, canceled);
        }

        private ODEStepEndHandler cancellation() {
            return (state, forward) -> {
                if (monitor.isCanceled()) {
                    canceled = true;
                    return Action.STOP;
                }
                return Action.CONTINUE;
            };
        }
    }
}
