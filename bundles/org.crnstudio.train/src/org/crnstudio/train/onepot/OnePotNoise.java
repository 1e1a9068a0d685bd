package org.crnstudio.train.onepot;

import java.util.List;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.train.MethodOptions;
import org.crnstudio.train.TrainingException;

/**
 * The noise a one_pot training runs under (seed 002, equation 18; the simulator's {@link NoiseSettings}): options
 * {@code noise_eps}, {@code noise_t0}, {@code noise_t1}, {@code noise_rates} and {@code noise_nodes}.
 *
 * @param eps   magnitude; 0 means no noise at all (the run is then the noiseless one, segment for segment)
 * @param t0    the terms are redrawn every t0 ...
 * @param t1    ... and held for t1 <= t0
 * @param rates noise on every reaction's rate constant
 * @param nodes noise on the hidden and output node species (the paper's intrinsic noise)
 */
public record OnePotNoise(double eps, double t0, double t1, boolean rates, boolean nodes) {

	public static final OnePotNoise NONE = new OnePotNoise(0, NoiseSettings.DEFAULT_T0, NoiseSettings.DEFAULT_T1, true,
			false);

	public static OnePotNoise of(MethodOptions options) {
		OnePotNoise noise = new OnePotNoise(options.nonNegative("noise_eps"), options.positive("noise_t0"),
				options.positive("noise_t1"), options.flag("noise_rates"), options.flag("noise_nodes"));
		if (noise.t1 > noise.t0) {
			throw new TrainingException("option noise_t1 of one_pot (" + noise.t1 + ") must not exceed noise_t0 ("
					+ noise.t0 + "): a noise window [k t0, k t0 + t1) ends before the next one opens",
					options.line("noise_t1"));
		}
		return noise;
	}

	/** True when the run is noisy: eps > 0 and something (rates or nodes) receives the noise. */
	public boolean active() {
		return eps > 0 && (rates || nodes);
	}

	/** The simulator's settings for {@code network}, or null when the run is noiseless. */
	public NoiseSettings settingsFor(ReactionNetwork network, int line) {
		if (!active()) {
			return null;
		}
		List<String> noisy = nodes ? network.getSpecies().stream()
				.filter(s -> s.getRole() == SpeciesRole.HIDDEN || s.getRole() == SpeciesRole.OUTPUT)
				.map(Species::getName).toList() : List.of();
		return new NoiseSettings(eps, t0, t1, rates, noisy, line);
	}
}
