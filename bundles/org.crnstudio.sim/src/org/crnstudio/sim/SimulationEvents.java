package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Assignment;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Option;
import org.crnstudio.model.PhaseClock;
import org.crnstudio.model.ScheduledChange;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;

/** Reads a simulation's schedule, clock, noise and seed into its plan, and checks them against the network. */
final class SimulationEvents {

    private SimulationEvents() {
    }

    static SimulationPlan read(Simulation simulation, SimulationPlan plan) {
        List<TimedChange> changes = new ArrayList<>();
        for (ScheduledChange change : simulation.getSchedule()) {
            int line = SimulationPlan.lineOf(change, simulation);
            if (change.getPhase() != null && !change.getPhase().isEmpty()) {
                changes.add(TimedChange.phase(change.getTime(), change.getPhase(), line));
            } else {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Assignment assignment : change.getAssignments()) {
                    values.put(assignment.getName(), assignment.getValue());
                }
                changes.add(TimedChange.set(change.getTime(), values, line));
            }
        }
        PhaseClock clock = simulation.getClock();
        return plan.withSeed(simulation.getSeed()).withChanges(changes)
                .withClock(clock == null ? null
                        : new ClockSchedule(clock.getPhases(), clock.getPeriod(), SimulationPlan.lineOf(clock, simulation)))
                .withNoise(noise(simulation));
    }

    private static NoiseSettings noise(Simulation simulation) {
        MethodCall call = simulation.getNoise();
        if (call == null) {
            return null;
        }
        double eps = NoiseSettings.DEFAULT_EPS;
        double t0 = NoiseSettings.DEFAULT_T0;
        double t1 = NoiseSettings.DEFAULT_T1;
        boolean rates = true;
        NoiseSettings.RateForm form = NoiseSettings.RateForm.RELATIVE;
        for (Option option : call.getOptions()) {
            switch (option.getName() == null ? "" : option.getName()) {
                case "eps" -> eps = option.getValue();
                case "t0" -> t0 = SimulationPlan.positive(option, "the noise period t0");
                case "t1" -> t1 = SimulationPlan.positive(option, "the noise hold time t1");
                case "rates" -> rates = SimulationPlan.isOn(option);
                case "absolute" -> form = SimulationPlan.isOn(option) ? NoiseSettings.RateForm.ABSOLUTE
                        : NoiseSettings.RateForm.RELATIVE;
                default -> throw new SimulationException("noise has no option '" + option.getName()
                        + "': valid options are " + String.join(", ", NoiseSettings.OPTIONS),
                        SimulationPlan.lineOf(option, simulation));
            }
        }
        return new NoiseSettings(eps, t0, t1, rates, form, simulation.getNoiseSpecies(),
                SimulationPlan.lineOf(call, simulation));
    }

    /** Every time, phase, species and value of the plan's events is valid, else a SimulationException names it. */
    static void check(SimulationPlan plan) {
        List<String> species = plan.network().getSpecies().stream().map(Species::getName).toList();
        // A phase is one that reactions carry ('when P'), or a clock species that gates reactions as a catalyst.
        String network = plan.network().getName();
        List<String> phaseNames = new PhaseGate(plan.network()).validNames();
        List<String> phases = new ArrayList<>(phaseNames);
        species.stream().filter(name -> !phases.contains(name)).forEach(phases::add);
        String validPhases = String.join(", ", phaseNames) + " or a species of " + network;
        boolean switchesPhases = false;
        for (TimedChange change : plan.changes()) {
            int line = change.line() > 0 ? change.line() : plan.line();
            String where = "'at " + format(change.time()) + "' of " + plan.name();
            if (!(change.time() >= 0) || !Double.isFinite(change.time())) {
                throw new SimulationException(where + " is not a valid time: changes happen at finite times >= 0", line);
            }
            if (change.time() > plan.endTime()) {
                throw new SimulationException(where + " comes after the end of the run at t = "
                        + format(plan.endTime()) + ": it would never happen; use a time in [0, "
                        + format(plan.endTime()) + "]", line);
            }
            if (change.switchesPhase()) {
                switchesPhases = true;
                if (!phases.contains(change.phase())) {
                    throw new SimulationException(where + " opens phase '" + change.phase() + "', which is neither"
                            + " a phase of network " + network + " nor one of its species: valid phases are " + validPhases, line);
                }
            }
            for (Map.Entry<String, Double> value : change.values().entrySet()) {
                if (!species.contains(value.getKey())) {
                    throw new SimulationException(where + " sets '" + value.getKey() + "', which is not a species of"
                            + " network " + network + ": valid species are " + String.join(", ", species), line);
                }
                if (!(value.getValue() >= 0) || !Double.isFinite(value.getValue())) {
                    throw new SimulationException(where + " sets " + value.getKey() + " = " + value.getValue()
                            + ": concentrations must be finite and not negative", line);
                }
            }
        }
        ClockSchedule clock = plan.clock();
        if (clock != null) {
            int line = clock.line() > 0 ? clock.line() : plan.line();
            if (clock.phases().isEmpty()) {
                throw new SimulationException("the clock of " + plan.name() + " names no phase: write 'clock C1, C2"
                        + " every T'", line);
            }
            for (String phase : clock.phases()) {
                if (!phases.contains(phase)) {
                    throw new SimulationException("the clock of " + plan.name() + " names phase '" + phase
                            + "', which is neither a phase of network " + network + " nor one of its species: valid"
                            + " phases are " + validPhases, line);
                }
            }
            if (!(clock.period() > 0) || !Double.isFinite(clock.period())) {
                throw new SimulationException("the clock period " + clock.period() + " of " + plan.name()
                        + " is not valid: it must be a finite time > 0", line);
            }
            if (switchesPhases) {
                throw new SimulationException(plan.name() + " has both a clock and 'at T phase' changes: use one"
                        + " (the clock, or the phase changes written out)", line);
            }
            if (plan.untilSteady()) {
                throw new SimulationException(plan.name() + " runs 'until steady' with a clock, which switches"
                        + " phases for ever and never lets it settle: use 'until T'", line);
            }
        }
        NoiseSettings noise = plan.noise();
        if (noise != null) {
            int line = noise.line() > 0 ? noise.line() : plan.line();
            if (!(noise.eps() >= 0) || !Double.isFinite(noise.eps())) {
                throw new SimulationException("noise eps = " + noise.eps() + " of " + plan.name() + " is not valid:"
                        + " it must be a finite number >= 0", line);
            }
            if (!(noise.t0() > 0) || !(noise.t1() > 0) || !Double.isFinite(noise.t0()) || noise.t1() > noise.t0()) {
                throw new SimulationException("noise t0 = " + noise.t0() + ", t1 = " + noise.t1() + " of "
                        + plan.name() + " is not valid: the noise is redrawn every t0 and held for t1, so"
                        + " 0 < t1 <= t0", line);
            }
            for (String name : noise.species()) {
                if (!species.contains(name)) {
                    throw new SimulationException("noise on '" + name + "' of " + plan.name() + ": it is not a"
                            + " species of network " + network + "; valid species are " + String.join(", ", species),
                            line);
                }
            }
        }
    }

    private static String format(double time) {
        return time == Math.rint(time) && Math.abs(time) < 1e15 ? Long.toString((long) time) : Double.toString(time);
    }
}
