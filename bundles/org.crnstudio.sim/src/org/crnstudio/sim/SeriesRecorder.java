package org.crnstudio.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.io.Trajectory;
import org.crnstudio.io.expression.CompiledExpression;
import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.io.expression.InvalidExpressionException;
import org.crnstudio.model.Observable;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Symbol;

/**
 * Turns integrator states into trajectory rows: every species' concentration (clamped at 0 where round-off made
 * it slightly negative), then each recorded series read from it, observables evaluated over the clamped values.
 */
final class SeriesRecorder {

    private final MassActionSystem system;
    private final Trajectory trajectory;
    private final SimulationMonitor monitor;
    /** Per series: a species index, or -1 for an observable. */
    private final int[] speciesOfSeries;
    private final CompiledExpression[] observableOfSeries;
    private final double[] concentrations;
    private final double[] row;

    SeriesRecorder(SimulationPlan plan, MassActionSystem system, SimulationMonitor monitor) {
        this.system = system;
        this.monitor = monitor;
        List<String> names = plan.recordedSeries();
        this.trajectory = new Trajectory(names);
        ReactionNetwork network = plan.network();
        List<Species> species = system.species();
        Map<String, Integer> speciesIndex = new HashMap<>();
        for (int s = 0; s < species.size(); s++) {
            speciesIndex.putIfAbsent(species.get(s).getName(), s);
        }
        speciesOfSeries = new int[names.size()];
        observableOfSeries = new CompiledExpression[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            speciesOfSeries[i] = speciesIndex.getOrDefault(name, -1);
            if (speciesOfSeries[i] < 0) {
                Observable observable = network.getObservables().stream()
                        .filter(candidate -> candidate.getName().equals(name)).findFirst().orElseThrow();
                observableOfSeries[i] = compile(observable, species);
            }
        }
        concentrations = new double[species.size()];
        row = new double[names.size()];
    }

    Trajectory trajectory() {
        return trajectory;
    }

    /** Appends the row of time t for the given state and tells the monitor. */
    void record(double time, double[] state) {
        system.concentrations(state, concentrations);
        for (int s = 0; s < concentrations.length; s++) {
            concentrations[s] = Math.max(concentrations[s], 0.0);
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = speciesOfSeries[i] >= 0 ? concentrations[speciesOfSeries[i]]
                    : observableOfSeries[i].valueAt(concentrations);
        }
        trajectory.append(time, row);
        monitor.rowAdded(trajectory, trajectory.size() - 1);
    }

    private static CompiledExpression compile(Observable observable, List<Species> species) {
        try {
            return ExpressionEvaluator.compile(observable.getExpression(), (Symbol symbol) -> species.indexOf(symbol),
                    "an observable is an expression over numbers, parameters and species");
        } catch (InvalidExpressionException e) {
            throw new SimulationException("observable " + observable.getName() + " cannot be evaluated: "
                    + e.getMessage(),
                    e.getLine() > 0 ? e.getLine() : observable.getLine(), e);
        }
    }
}
