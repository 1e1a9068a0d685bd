package org.crnstudio.sim.tests;

import org.crnstudio.model.Assignment;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Option;
import org.crnstudio.model.PhaseClock;
import org.crnstudio.model.ScheduledChange;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;

/** Builds simulation declarations for tests, each element on its own source line starting at line 100. */
final class SimulationBuilder {

    private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

    private final Simulation simulation = FACTORY.createSimulation();
    private int nextLine = 101;

    private SimulationBuilder(ReactionNetwork network) {
        simulation.setName("Run");
        simulation.setLine(100);
        simulation.setNetwork(network);
    }

    static SimulationBuilder of(ReactionNetwork network) {
        return new SimulationBuilder(network);
    }

    SimulationBuilder input(String name, double value) {
        simulation.getInputs().add(assignment(name, value));
        return this;
    }

    SimulationBuilder set(String name, double value) {
        simulation.getSettings().add(assignment(name, value));
        return this;
    }

    SimulationBuilder method(String name, Option... options) {
        MethodCall method = FACTORY.createMethodCall();
        method.setName(name);
        method.setLine(nextLine++);
        method.getOptions().addAll(java.util.List.of(options));
        simulation.setMethod(method);
        return this;
    }

    SimulationBuilder until(double time) {
        simulation.setEndTime(time);
        return this;
    }

    SimulationBuilder untilSteady(double tolerance) {
        simulation.setUntilSteady(true);
        simulation.setSteadyTolerance(tolerance);
        return this;
    }

    SimulationBuilder points(int points) {
        simulation.setOutputPoints(points);
        return this;
    }

    SimulationBuilder plot(String... series) {
        simulation.getObserved().addAll(java.util.List.of(series));
        return this;
    }

    SimulationBuilder atPhase(double time, String phase) {
        ScheduledChange change = FACTORY.createScheduledChange();
        change.setTime(time);
        change.setPhase(phase);
        change.setLine(nextLine++);
        simulation.getSchedule().add(change);
        return this;
    }

    /** at time set name = value, ... (names and values alternate). */
    SimulationBuilder atSet(double time, Object... namesAndValues) {
        ScheduledChange change = FACTORY.createScheduledChange();
        change.setTime(time);
        change.setLine(nextLine++);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            change.getAssignments().add(assignment((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue()));
        }
        simulation.getSchedule().add(change);
        return this;
    }

    SimulationBuilder clock(double period, String... phases) {
        PhaseClock clock = FACTORY.createPhaseClock();
        clock.setPeriod(period);
        clock.getPhases().addAll(java.util.List.of(phases));
        clock.setLine(nextLine++);
        simulation.setClock(clock);
        return this;
    }

    SimulationBuilder noise(Option[] options, String... species) {
        MethodCall noise = FACTORY.createMethodCall();
        noise.setName("noise");
        noise.setLine(nextLine++);
        noise.getOptions().addAll(java.util.List.of(options));
        simulation.setNoise(noise);
        simulation.getNoiseSpecies().addAll(java.util.List.of(species));
        return this;
    }

    SimulationBuilder seed(long seed) {
        simulation.setSeed(seed);
        return this;
    }

    Simulation build() {
        return simulation;
    }

    int lastLine() {
        return nextLine - 1;
    }

    static Option option(String name, double value, String literal) {
        Option option = FACTORY.createOption();
        option.setName(name);
        option.setValue(value);
        option.setLiteral(literal);
        return option;
    }

    private Assignment assignment(String name, double value) {
        Assignment assignment = FACTORY.createAssignment();
        assignment.setName(name);
        assignment.setValue(value);
        assignment.setLine(nextLine++);
        return assignment;
    }
}
