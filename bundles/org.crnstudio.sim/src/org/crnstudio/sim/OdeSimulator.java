package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.model.Species;

/**
 * Deterministic simulation: runs a plan through an {@link OdeSession} (one path for plain runs and runs with
 * schedules, clocks and noise), recording rows exactly at the output times from the method's continuous output.
 * Tolerances come from the plan (by default rtol 1e-8, atol 1e-10 per component); {@code ode} uses Hipparchus'
 * explicit Dormand-Prince 8(5,3), {@code ode(stiff)} the linearly implicit {@link RosenbrockIntegrator} with the
 * analytic Jacobian (dense LU: up to a few hundred dynamic species); see {@link IntegratorFactory}.
 */
public final class OdeSimulator {

    /** Method names reported in results. */
    public static final String EXPLICIT_METHOD = IntegratorFactory.EXPLICIT_METHOD;
    public static final String STIFF_METHOD = IntegratorFactory.STIFF_METHOD;
    /** The stiff method factors a dense matrix each step: beyond this many dynamic species that takes too long. */
    public static final int MAX_STIFF_DIMENSION = 500;

    public SimulationResult run(SimulationPlan plan) {
        return run(plan, SimulationMonitor.NONE);
    }

    public SimulationResult run(SimulationPlan plan, SimulationMonitor monitor) {
        OdeSession session = OdeSession.start(plan, monitor);
        MassActionSystem system = session.system();
        SeriesRecorder recorder = new SeriesRecorder(plan, system, monitor);
        monitor.started(recorder.trajectory());
        OutputSampler sampler = new OutputSampler(recorder, plan.endTime(), plan.outputIntervals());
        session.attach(sampler);
        session.advanceTo(plan.endTime());
        sampler.recordFinal(session.time(), session.state());
        return new SimulationResult(recorder.trajectory(), names(system.dynamicSpecies()),
                names(system.foldedSpecies()), session.steadyReached(), session.time(),
                session.rhsEvaluations(), IntegratorFactory.describe(plan), session.canceled(),
                SettlingTimes.of(recorder.trajectory(), plan.settlingBand()));
    }

    private static List<String> names(List<Species> species) {
        return species.stream().map(Species::getName).toList();
    }
}
