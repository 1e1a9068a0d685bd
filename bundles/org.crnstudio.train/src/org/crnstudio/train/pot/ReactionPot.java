package org.crnstudio.train.pot;

/**
 * A reaction network being run in segments by a chemical training method: between segments the method sets
 * species (inputs, targets, resets), switches the active clock phase, and reads concentrations. Indices are
 * positions in the network's species list.
 */
public interface ReactionPot {

	/** Sets one species' concentration (dynamic or constant alike) for the following segments. */
	void set(int species, double value);

	/** Makes only the reactions without a phase and those of {@code phase} active (null: only the unphased ones). */
	void activatePhase(String phase);

	/** Integrates the network for {@code duration} time units from the current state. */
	void advance(double duration);

	/** The current concentration of every species, in network order (a live view: do not keep it across calls). */
	double[] concentrations();

	/** What the simulator did so far, in one line: its method, segments, steps and evaluations, integration time. */
	String describeWork();
}
