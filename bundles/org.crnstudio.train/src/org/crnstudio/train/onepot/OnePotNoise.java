package org.crnstudio.train.onepot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.crnstudio.compile.onepot.OnePotCompiler;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.train.MethodOptions;
import org.crnstudio.train.TrainingException;

/**
 * The noise a one_pot training runs under (seed 002, equation 18; the simulator's {@link NoiseSettings}): options
 * {@code noise_eps}, {@code noise_t0}, {@code noise_t1}, {@code noise_rates}, {@code noise_forward},
 * {@code noise_absolute} and {@code noise_nodes}.
 *
 * @param eps   magnitude; 0 means no noise at all (the run is then the noiseless one, segment for segment)
 * @param t0    the terms are redrawn every t0 ...
 * @param t1    ... and held for t1 <= t0
 * @param rates noise on the rate constants of the backward CRN (seed 002 sections 5.2 and 5.3:
 *              {@link OnePotCompiler#inBackwardCrn}) ...
 * @param forward ... and of the forward CRN and a leaky node's derivative too (every reaction)
 * @param absolute the rate noise as the paper writes it, |k + eps xi|, instead of k |1 + eps xi|: the same for
 *              the paper's k = 1, but this construction's eta (0.001 to 0.002) and slope (0.01) then grow about
 *              a hundredfold during the windows
 * @param nodes noise on the hidden and output node species (the paper's intrinsic noise)
 */
public record OnePotNoise(double eps, double t0, double t1, boolean rates, boolean forward, boolean absolute,
		boolean nodes) {

	public static final OnePotNoise NONE = new OnePotNoise(0, NoiseSettings.DEFAULT_T0, NoiseSettings.DEFAULT_T1, true,
			false, false, false);

	public static OnePotNoise of(MethodOptions options) {
		OnePotNoise noise = new OnePotNoise(options.nonNegative("noise_eps"), options.positive("noise_t0"),
				options.positive("noise_t1"), options.flag("noise_rates"), options.flag("noise_forward"), options.flag("noise_absolute"),
				options.flag("noise_nodes"));
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
		List<Reaction> reactions = network.getReactions();
		Set<Integer> quiet = forward ? Set.of()
				: IntStream.range(0, reactions.size()).filter(j -> !OnePotCompiler.inBackwardCrn(reactions.get(j)))
						.boxed().collect(Collectors.toSet());
		return new NoiseSettings(eps, t0, t1, rates,
				absolute ? NoiseSettings.RateForm.ABSOLUTE : NoiseSettings.RateForm.RELATIVE, quiet, noisy, line);
	}
}
