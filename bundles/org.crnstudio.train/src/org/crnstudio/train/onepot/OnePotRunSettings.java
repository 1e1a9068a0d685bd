package org.crnstudio.train.onepot;

import org.crnstudio.train.MethodOptions;

/**
 * What the training run adds to the one_pot construction's options.
 *
 * @param period      time each sample is presented (option {@code period}, default 300, Fig. 6A)
 * @param reportEvery iterations between two scorings (option {@code report_every}, default 100, appendix D4)
 * @param rtol        relative tolerance of the integration (option {@code rtol}, default 1e-6)
 * @param atol        absolute tolerance of the integration (option {@code atol}, default 1e-9)
 * @param noise       the noise the pot runs under (options {@code noise_*}, default none)
 */
public record OnePotRunSettings(double period, int reportEvery, double rtol, double atol, OnePotNoise noise) {

	public static OnePotRunSettings of(MethodOptions options) {
		return new OnePotRunSettings(options.positive("period"), options.count("report_every"),
				options.positive("rtol"), options.positive("atol"), OnePotNoise.of(options));
	}
}
