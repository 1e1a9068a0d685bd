package org.crnstudio.compile.kinetics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Port;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SymbolReference;
import org.crnstudio.model.Term;

/**
 * An independent reading of a compiled network as a mass-action ODE (no combinatorial factors), written for the
 * tests: right-hand side, a fixed-step RK4 integrator, input ports and observables.
 */
public final class MassActionOde {

	private final ReactionNetwork network;
	private final Map<Species, Integer> index = new HashMap<>();
	private final Map<String, Integer> indexByName = new HashMap<>();
	private final double[] rates;
	private final int[][] reactantIndex;
	private final int[][] reactantPower;
	private final int[][] changeIndex;
	private final int[][] changeAmount;

	public MassActionOde(ReactionNetwork network) {
		this.network = network;
		List<Species> species = network.getSpecies();
		for (int i = 0; i < species.size(); i++) {
			index.put(species.get(i), i);
			indexByName.put(species.get(i).getName(), i);
		}
		int n = network.getReactions().size();
		rates = new double[n];
		reactantIndex = new int[n][];
		reactantPower = new int[n][];
		changeIndex = new int[n][];
		changeAmount = new int[n][];
		for (int r = 0; r < n; r++) {
			Reaction reaction = network.getReactions().get(r);
			rates[r] = ((NumberLiteral) reaction.getRate()).getValue();
			reactantIndex[r] = reaction.getReactants().stream().mapToInt(t -> index.get(t.getSpecies())).toArray();
			reactantPower[r] = reaction.getReactants().stream().mapToInt(Term::getCoefficient).toArray();
			Map<Integer, Integer> change = new HashMap<>();
			for (Term term : reaction.getReactants()) {
				change.merge(index.get(term.getSpecies()), -term.getCoefficient(), Integer::sum);
			}
			for (Term term : reaction.getProducts()) {
				change.merge(index.get(term.getSpecies()), term.getCoefficient(), Integer::sum);
			}
			change.values().removeIf(v -> v == 0);
			changeIndex[r] = change.keySet().stream().mapToInt(Integer::intValue).toArray();
			changeAmount[r] = change.keySet().stream().mapToInt(change::get).toArray();
		}
	}

	/** The species' initial concentrations as declared. */
	public double[] initial() {
		return network.getSpecies().stream().mapToDouble(Species::getInitial).toArray();
	}

	public int indexOf(String species) {
		Integer found = indexByName.get(species);
		if (found == null) {
			throw new IllegalArgumentException("no species " + species);
		}
		return found;
	}

	public double get(double[] state, String species) {
		return state[indexOf(species)];
	}

	/** Sets an input port as a simulation's {@code input name = value} does. */
	public void setInput(double[] state, String port, double value) {
		Port found = network.getPorts().stream().filter(p -> p.getName().equals(port)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no port " + port));
		if (found.getMinus() == null) {
			if (value < 0) {
				throw new IllegalArgumentException("single-rail port " + port + " cannot take " + value);
			}
			state[index.get(found.getPlus())] = value;
		} else {
			state[index.get(found.getPlus())] = Math.max(value, 0);
			state[index.get(found.getMinus())] = Math.max(-value, 0);
		}
	}

	public double[] rhs(double[] state) {
		double[] derivative = new double[state.length];
		for (int r = 0; r < rates.length; r++) {
			double flux = rates[r];
			for (int k = 0; k < reactantIndex[r].length; k++) {
				flux *= Math.pow(state[reactantIndex[r][k]], reactantPower[r][k]);
			}
			for (int k = 0; k < changeIndex[r].length; k++) {
				derivative[changeIndex[r][k]] += changeAmount[r][k] * flux;
			}
		}
		return derivative;
	}

	/** Classical RK4 with a fixed step from {@code state} to time {@code end}. */
	public double[] integrate(double[] state, double end, double step) {
		double[] y = state.clone();
		int steps = (int) Math.ceil(end / step);
		double h = end / steps;
		for (int s = 0; s < steps; s++) {
			double[] k1 = rhs(y);
			double[] k2 = rhs(axpy(y, h / 2, k1));
			double[] k3 = rhs(axpy(y, h / 2, k2));
			double[] k4 = rhs(axpy(y, h, k3));
			for (int i = 0; i < y.length; i++) {
				y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
			}
		}
		return y;
	}

	public double observable(double[] state, String name) {
		Observable observable = network.getObservables().stream().filter(o -> o.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no observable " + name));
		return evaluate(observable.getExpression(), state);
	}

	private double evaluate(Expression expression, double[] state) {
		if (expression instanceof SymbolReference reference) {
			return state[index.get((Species) reference.getSymbol())];
		}
		if (expression instanceof BinaryExpression binary && binary.getOperator() == BinaryOperator.SUBTRACT) {
			return evaluate(binary.getLeft(), state) - evaluate(binary.getRight(), state);
		}
		throw new IllegalArgumentException("unexpected observable expression " + expression);
	}

	private static double[] axpy(double[] y, double a, double[] x) {
		double[] result = y.clone();
		for (int i = 0; i < y.length; i++) {
			result[i] += a * x[i];
		}
		return result;
	}
}
