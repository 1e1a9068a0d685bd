package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.model.Species;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEStepEndHandler;

/**
 * Deterministic simulation: integrates the mass-action ODEs of a plan with an adaptive method (tolerances from
 * the plan: by default rtol 1e-8, atol 1e-10 per component), sampling rows exactly at the output times from the
 * method's continuous output. The integrator comes from {@link IntegratorFactory} (the plan's method, or an
 * automatic choice between the explicit Dormand-Prince 8(5,3) and the sparse stiff Rodas4); the result's
 * {@link RunStatistics} say which one ran and what it cost.
 */
public final class OdeSimulator {

    public SimulationResult run(SimulationPlan plan) {
        return run(plan, SimulationMonitor.NONE);
    }

    public SimulationResult run(SimulationPlan plan, SimulationMonitor monitor) {
        MassActionSystem system = MassActionSystem.compile(plan.network(), plan.initialConcentrations());
        SeriesRecorder recorder = new SeriesRecorder(plan, system, monitor);
        monitor.started(recorder.trajectory());
        double endTime = plan.endTime();
        OutputSampler sampler = new OutputSampler(recorder, endTime, plan.outputIntervals());
        double[] initial = system.initialState();
        String method = "ode(method = " + plan.method().word() + ")";

        Run run = new Run(system, plan, monitor, sampler, initial);
        if (monitor.isCanceled()) {
            sampler.init(new ODEStateAndDerivative(0, initial, new double[initial.length]), endTime);
            return result(recorder, system, false, 0, true, RunStatistics.none(method));
        }
        if (system.dimension() == 0 || run.steadyAtStart()) {
            // Nothing moves: a steady-state run stops at once, a timed run records the constant state throughout.
            sampler.init(new ODEStateAndDerivative(0, initial, new double[initial.length]), endTime);
            RunStatistics none = new RunStatistics(method + ", nothing to integrate", 0, 0, run.ode.evaluations(), 0,
                    0, 0);
            if (plan.untilSteady()) {
                return result(recorder, system, true, 0, false, none);
            }
            sampler.recordConstantUntil(endTime, initial);
            return result(recorder, system, false, endTime, false, none);
        }
        return run.integrate(recorder);
    }

    private static SimulationResult result(SeriesRecorder recorder, MassActionSystem system, boolean steadyReached,
            double stopTime, boolean canceled, RunStatistics statistics) {
        return new SimulationResult(recorder.trajectory(), names(system.dynamicSpecies()),
                names(system.foldedSpecies()), steadyReached, stopTime, canceled, statistics);
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

        SimulationResult integrate(SeriesRecorder recorder) {
            double endTime = plan.endTime();
            IntegratorFactory.ChosenIntegrator chosen = IntegratorFactory.create(system, plan, endTime);
            AbstractIntegrator integrator = chosen.integrator();
            integrator.addStepHandler(sampler);
            integrator.addStepEndHandler(cancellation());
            SteadyStateDetector steady = null;
            if (plan.untilSteady()) {
                steady = new SteadyStateDetector(system, plan.steadyTolerance(), endTime);
                integrator.addEventDetector(steady);
            }
            ODEStateAndDerivative last;
            long start = System.nanoTime();
            try {
                last = integrator.integrate(ode, new ODEState(0.0, initial), endTime);
            } catch (MathRuntimeException e) {
                String advice = chosen.method().isStiff() ? "try other tolerances with ode(stiff, rtol = ..., atol = ...)"
                        : "the network may be stiff: try method ode(stiff), or other tolerances with"
                                + " ode(rtol = ..., atol = ...)";
                advice = chosen.description() + "; " + advice;
                throw new SimulationException("the integration of " + plan.name() + " failed: " + e.getMessage()
                        + " (" + advice + ")", plan.line(), e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean steadyReached = steady != null && steady.reached();
            return result(recorder, system, steadyReached, last.getTime(), canceled,
                    chosen.statistics(ode.evaluations(), seconds));
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
