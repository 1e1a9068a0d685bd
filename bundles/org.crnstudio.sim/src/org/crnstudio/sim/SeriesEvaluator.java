package org.crnstudio.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.io.expression.CompiledExpression;
import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.io.expression.InvalidExpressionException;
import org.crnstudio.model.Observable;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Symbol;

/**
 * Reads the recorded series (species or observables) from the concentrations of every network species: a species
 * is copied, an observable is evaluated. Stateless once built, so threads may share it.
 */
final class SeriesEvaluator {

    /** Per series: a species index, or -1 for an observable. */
    private final int[] speciesOfSeries;
    private final CompiledExpression[] observableOfSeries;

    SeriesEvaluator(List<String> names, ReactionNetwork network, List<Species> species) {
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
    }

    int seriesCount() {
        return speciesOfSeries.length;
    }

    /** Writes each series' value for the given concentrations (network order) into row. */
    void evaluate(double[] concentrations, double[] row) {
        for (int i = 0; i < speciesOfSeries.length; i++) {
            row[i] = speciesOfSeries[i] >= 0 ? concentrations[speciesOfSeries[i]]
                    : observableOfSeries[i].valueAt(concentrations);
        }
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
