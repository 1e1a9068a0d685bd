package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.model.Species;

/**
 * Deterministic simulation: runs a plan through an {@link OdeSession} (one path for plain runs and runs with
 * schedules, clocks and noise), recording rows exactly at the output times from the method's continuous output.
 * Tolerances come from the plan (by default rtol 1e-8, atol 1e-10 per component). The integrator comes from
 * {@link IntegratorFactory} (the plan's method, or an automatic choice between the explicit Dormand-Prince 8(5,3)
 * and the sparse stiff Rodas4); the result's {@link RunStatistics} say which one ran and what it cost.
 */
public final class OdeSimulator {

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
                names(system.foldedSpecies()), session.steadyReached(), session.time(), session.canceled(),
                session.statistics(), SettlingTimes.of(recorder.trajectory(), plan.settlingBand()));
    }

    private static List<String> names(List<Species> species) {
        return species.stream().map(Species::getName).toList();
    }
}
