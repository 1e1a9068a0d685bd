package org.crnstudio.sim.tests;

import org.crnstudio.model.Assignment;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Option;
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
