package org.crnstudio.train.neuralcrn;

import org.crnstudio.model.Port;
import org.crnstudio.train.pot.ReactionPot;
import org.crnstudio.train.pot.ReactionPots;

/**
 * The two-phase protocol of a Neural CRN (seed 003) on one sample at a time. Per sample:
 * <ol>
 * <li>every species but the parameters and clocks returns to its declared initial value (states to theirs; adjoints,
 * copies and gradients to 0: the paper's flush), the inputs and targets are loaded;</li>
 * <li>phase C1 for T: N1 evolves the states; the outputs are read at its end (the prediction yhat);</li>
 * <li>phase C2 for T: N2 loads the adjoints, N3 runs the adjoint and gradient equations;</li>
 * <li>phase C1 for T again: N4 moves the gradients into the parameters (the paper runs N4 at the start of the
 * next sample's C1; a window of its own keeps the next forward pass from reading half-updated parameters).</li>
 * </ol>
 * Evaluation without learning is steps 1 and 2 only (the gradients are 0 then, so N4 does nothing).
 */
final class NeuralCrnRun {

	static final String FORWARD_PHASE = "C1";
	static final String BACKWARD_PHASE = "C2";

	private final NeuralCrnNetwork network;
	private final double phaseDuration;
	private final ReactionPot pot;

	NeuralCrnRun(NeuralCrnNetwork network, double phaseDuration, double rtol, double atol) {
		this.network = network;
		this.phaseDuration = phaseDuration;
		this.pot = ReactionPots.create(network.network(), rtol, atol);
	}

	/** Learns from one sample; returns the prediction made before learning from it. */
	double[] learn(double[] inputs, double[] targets) {
		double[] prediction = predict(inputs, targets);
		pot.activatePhase(BACKWARD_PHASE);
		pot.advance(phaseDuration);
		pot.activatePhase(FORWARD_PHASE);
		pot.advance(phaseDuration);
		return prediction;
	}

	/** Runs the forward phase on one sample and returns the outputs (targets loaded too: N2 would read them). */
	double[] predict(double[] inputs, double[] targets) {
		int[] reset = network.resetSpecies();
		double[] values = network.resetValues();
		for (int i = 0; i < reset.length; i++) {
			pot.set(reset[i], values[i]);
		}
		for (int j = 0; j < network.inputCount(); j++) {
			load(network.input(j), inputs[j]);
		}
		for (int k = 0; k < network.outputCount(); k++) {
			load(network.target(k), targets[k]);
		}
		pot.activatePhase(FORWARD_PHASE);
		pot.advance(phaseDuration);
		return network.outputs(pot.concentrations());
	}

	double[] concentrations() {
		return pot.concentrations();
	}

	/** What the pot's simulator did so far. */
	String describeWork() {
		return pot.describeWork();
	}

	private void load(Port port, double value) {
		if (port.getMinus() == null) {
			pot.set(network.speciesIndex(port.getPlus()), value);
		} else {
			pot.set(network.speciesIndex(port.getPlus()), Math.max(value, 0));
			pot.set(network.speciesIndex(port.getMinus()), Math.max(-value, 0));
		}
	}
}
