package org.crnstudio.train.pot;

import java.util.List;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.OdeSession;
import org.crnstudio.sim.SimulationPlan;

/**
 * A {@link ReactionPot} on the simulator's segmented session: the network is compiled once, a phase switch or a set
 * changes rate factors and folded values in place, and each segment resumes the integrator from the current state
 * (warm: the session tells it what changed). Nothing is recorded between segments, so the integrator runs its lean
 * path (no dense output).
 */
public final class SessionPot implements ReactionPot {

	/** Bounds the step size only: a session is advanced segment by segment, never to this time. */
	private static final double HORIZON = 1e9;

	private final OdeSession session;
	private final List<String> names;

	/** {@code noise} null: a noiseless pot; else its draws come from {@code seed} (reproducible). */
	public SessionPot(ReactionNetwork network, OdeMethod method, double relativeTolerance, double absoluteTolerance,
			NoiseSettings noise, long seed) {
		SimulationPlan plan = SimulationPlan.forNetwork(network, HORIZON)
				.withTolerances(relativeTolerance, absoluteTolerance).withMethod(method);
		if (noise != null) {
			plan = plan.withNoise(noise).withSeed(seed);
		}
		this.session = OdeSession.start(plan);
		this.names = network.getSpecies().stream().map(Species::getName).toList();
	}

	@Override
	public void set(int species, double value) {
		session.set(names.get(species), value);
	}

	@Override
	public void activatePhase(String phase) {
		session.activatePhase(phase);
	}

	@Override
	public void advance(double duration) {
		session.advance(duration);
	}

	@Override
	public String describeWork() {
		return session.statistics().describe() + ", " + session.segments() + " segments";
	}

	@Override
	public double[] concentrations() {
		return session.concentrations();
	}
}
