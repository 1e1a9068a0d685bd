package org.crnstudio.train.onepot;

import org.crnstudio.compile.nn.DenseNetwork;
import org.crnstudio.train.DataSplit;
import org.crnstudio.train.TrainingMetrics;
import org.crnstudio.train.TrainingMonitor;
import org.crnstudio.train.pot.ReactionPot;
import org.crnstudio.train.pot.ReactionPots;

/**
 * One run of the one-pot protocol: period after period, the input ports and target ports are set to the next
 * sample and the whole CRN (forward, backward and update at once) runs for one period. The pot is built once and
 * kept: a period only changes the input and target species.
 */
final class OnePotRun {

	private final OnePotNetwork network;
	private final DataSplit data;
	private final OnePotRunSettings settings;
	private final SampleOrder order;
	private final ReactionPot pot;
	private long iteration;

	/** {@code line}: where the training is declared, for messages about its noise. */
	OnePotRun(OnePotNetwork network, DataSplit data, OnePotRunSettings settings, long seed, int line) {
		this.network = network;
		this.data = data;
		this.settings = settings;
		this.order = new SampleOrder(data.trainSize(), seed);
		// The noise draws share the training's seed: a seed fixes both the sample order and the noise.
		this.pot = ReactionPots.create(network.network(), settings.rtol(), settings.atol(),
				settings.noise().settingsFor(network.network(), line), seed);
	}

	OnePotRunSettings settings() {
		return settings;
	}

	/** What the pot's simulator did so far. */
	String describeWork() {
		return pot.describeWork();
	}

	long iteration() {
		return iteration;
	}

	/** Runs the iterations, scoring at 0, every report_every and at the end; true when canceled. */
	boolean run(int iterations, TrainingMetrics metrics, TrainingMonitor monitor) {
		metrics.record(OnePotMethod.score(0, currentNetwork(), data));
		for (int k = 1; k <= iterations; k++) {
			if (monitor.isCanceled()) {
				metrics.record(OnePotMethod.score(iteration, currentNetwork(), data));
				return true;
			}
			int sample = order.next();
			present(data.trainInputs()[sample], data.trainTargets()[sample]);
			pot.advance(settings.period());
			iteration = k;
			if (k % settings.reportEvery() == 0 || k == iterations) {
				metrics.record(OnePotMethod.score(k, currentNetwork(), data));
			}
		}
		return false;
	}

	/** Sets the input species to the sample's inputs and the target species to its targets (two rails: split by sign). */
	void present(double[] inputs, double[] targets) {
		for (int j = 0; j < network.inputCount(); j++) {
			pot.set(network.input(j), inputs[j]);
		}
		for (int k = 0; k < network.outputCount(); k++) {
			int minus = network.targetMinus(k);
			if (minus < 0) {
				pot.set(network.targetPlus(k), targets[k]);
			} else {
				pot.set(network.targetPlus(k), Math.max(targets[k], 0));
				pot.set(minus, Math.max(-targets[k], 0));
			}
		}
	}

	/** Runs the pot for one period with the sample presented last. */
	void advancePeriod() {
		pot.advance(settings.period());
	}

	ReactionPot pot() {
		return pot;
	}

	/** The network the weight species define now. */
	DenseNetwork currentNetwork() {
		return network.read(pot.concentrations());
	}
}
