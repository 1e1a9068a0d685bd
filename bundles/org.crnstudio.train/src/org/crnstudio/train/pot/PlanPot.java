package org.crnstudio.train.pot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A {@link ReactionPot} on the simulator's public run API: each segment is one simulation of a copy of the network
 * that holds only the active reactions, started from the current concentrations. Simple and slow (it compiles
 * the mass-action system per segment); the segmented session of the simulator replaces it.
 */
public final class PlanPot implements ReactionPot {

	private final ReactionNetwork network;
	private final boolean stiff;
	private final double relativeTolerance;
	private final double absoluteTolerance;
	private final double[] state;
	private final Map<String, ReactionNetwork> phaseNetworks = new HashMap<>();
	private String phase;

	public PlanPot(ReactionNetwork network, boolean stiff, double relativeTolerance, double absoluteTolerance) {
		this.network = network;
		this.stiff = stiff;
		this.relativeTolerance = relativeTolerance;
		this.absoluteTolerance = absoluteTolerance;
		this.state = network.getSpecies().stream().mapToDouble(Species::getInitial).toArray();
	}

	@Override
	public void set(int species, double value) {
		state[species] = value;
	}

	@Override
	public void activatePhase(String phaseName) {
		this.phase = phaseName;
	}

	@Override
	public void advance(double duration) {
		ReactionNetwork active = phaseNetworks.computeIfAbsent(String.valueOf(phase), key -> withPhase(phase));
		List<Species> species = active.getSpecies();
		for (int s = 0; s < species.size(); s++) {
			species.get(s).setInitial(state[s]);
		}
		SimulationPlan plan = SimulationPlan.forNetwork(active, duration).withOutputIntervals(1)
				.withTolerances(relativeTolerance, absoluteTolerance).withStiff(stiff)
				.withSeries(species.stream().map(Species::getName).toList());
		SimulationResult result = new OdeSimulator().run(plan);
		double[] last = result.trajectory().row(result.trajectory().size() - 1);
		System.arraycopy(last, 0, state, 0, state.length);
	}

	@Override
	public double[] concentrations() {
		return state;
	}

	private ReactionNetwork withPhase(String phaseName) {
		ReactionNetwork copy = EcoreUtil.copy(network);
		copy.getReactions().removeIf(reaction -> !isActive(reaction, phaseName));
		return copy;
	}

	private static boolean isActive(Reaction reaction, String phaseName) {
		String own = reaction.getPhase();
		return own == null || own.isEmpty() || own.equals(phaseName);
	}
}
