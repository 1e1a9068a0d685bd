package org.crnstudio.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/**
 * Test helper, independent of the simulator: explicit Euler integration of a network's mass-action ODE where
 * only the reactions of the current clock phase (and those without a phase) run.
 */
public final class PhasedEuler {

	private final List<Species> species;
	private final Map<String, Integer> index = new HashMap<>();
	private final double[] concentrations;
	private final double[] rates;
	private final String[] phases;
	private final int[][] reactants;
	private final int[][] reactantCounts;
	private final int[][] changes;
	private final int[][] changeCounts;

	public PhasedEuler(ReactionNetwork network) {
		species = network.getSpecies();
		concentrations = new double[species.size()];
		for (int i = 0; i < species.size(); i++) {
			index.put(species.get(i).getName(), i);
			concentrations[i] = species.get(i).getInitial();
		}
		List<Reaction> reactions = network.getReactions();
		int n = reactions.size();
		rates = new double[n];
		phases = new String[n];
		reactants = new int[n][];
		reactantCounts = new int[n][];
		changes = new int[n][];
		changeCounts = new int[n][];
		for (int r = 0; r < n; r++) {
			Reaction reaction = reactions.get(r);
			rates[r] = ReactionText.rate(reaction);
			phases[r] = reaction.getPhase();
			reactants[r] = reaction.getReactants().stream().mapToInt(t -> index.get(t.getSpecies().getName())).toArray();
			reactantCounts[r] = reaction.getReactants().stream().mapToInt(Term::getCoefficient).toArray();
			Map<Integer, Integer> net = new HashMap<>();
			for (Term term : reaction.getReactants()) {
				net.merge(index.get(term.getSpecies().getName()), -term.getCoefficient(), Integer::sum);
			}
			for (Term term : reaction.getProducts()) {
				net.merge(index.get(term.getSpecies().getName()), term.getCoefficient(), Integer::sum);
			}
			changes[r] = net.keySet().stream().mapToInt(Integer::intValue).toArray();
			changeCounts[r] = net.values().stream().mapToInt(Integer::intValue).toArray();
		}
	}

	public double get(String name) {
		return concentrations[index.get(name)];
	}

	public void set(String name, double value) {
		concentrations[index.get(name)] = value;
	}

	/** Runs the reactions enabled in {@code phase} for {@code duration} with steps of {@code dt}. */
	public void run(String phase, double duration, double dt) {
		double[] derivative = new double[concentrations.length];
		long steps = Math.round(duration / dt);
		for (long step = 0; step < steps; step++) {
			java.util.Arrays.fill(derivative, 0);
			for (int r = 0; r < rates.length; r++) {
				if (phases[r] != null && !phases[r].isEmpty() && !phases[r].equals(phase)) {
					continue;
				}
				double flux = rates[r];
				for (int k = 0; k < reactants[r].length; k++) {
					flux *= Math.pow(concentrations[reactants[r][k]], reactantCounts[r][k]);
				}
				for (int k = 0; k < changes[r].length; k++) {
					derivative[changes[r][k]] += flux * changeCounts[r][k];
				}
			}
			for (int i = 0; i < concentrations.length; i++) {
				concentrations[i] += dt * derivative[i];
			}
		}
	}
}
