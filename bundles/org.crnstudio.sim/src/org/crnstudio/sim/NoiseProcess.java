package org.crnstudio.sim;

import java.util.Random;

/**
 * The noise terms of {@link NoiseSettings} through time: window k is [k t0, k t0 + t1); on opening it draws one
 * N(0, 1) value per network reaction (when rates are noisy) and per noisy species, on closing every term is 0 again.
 */
final class NoiseProcess {

    private final NoiseSettings settings;
    private final Random random;
    private final double[] rateFactors;
    private final double[] speciesDraws;
    /** The index of the next window to open. */
    private long next;
    private boolean open;

    /** The declared forward constant of each network reaction (absolute noise is relative to it). */
    private final double[] declaredRates;
    /** Reactions whose rate stays noiseless: the settings' quiet ones and those left out of the system. */
    private final boolean[] quiet;

    NoiseProcess(NoiseSettings settings, long seed, double[] declaredRates) {
        this.settings = settings;
        this.random = new Random(seed);
        this.declaredRates = declaredRates.clone();
        this.rateFactors = new double[declaredRates.length];
        this.quiet = new boolean[declaredRates.length];
        for (int j = 0; j < quiet.length; j++) {
            quiet[j] = Double.isNaN(declaredRates[j]) || settings.quietReactions().contains(j);
        }
        this.speciesDraws = new double[settings.species().size()];
        java.util.Arrays.fill(rateFactors, 1.0);
    }

    NoiseSettings settings() {
        return settings;
    }

    boolean isOpen() {
        return open;
    }

    /** When the window now open closes, or when the next one opens. */
    double nextTime() {
        return open ? (next - 1) * settings.t0() + settings.t1() : next * settings.t0();
    }

    /** Opens the next window: new draws. */
    void open() {
        if (settings.rates()) {
            for (int j = 0; j < rateFactors.length; j++) {
                // Drawn for every reaction (also one left out of the system), so the stream does not depend on it.
                double xi = random.nextGaussian();
                rateFactors[j] = quiet[j] ? 1.0 : settings.rateFactor(declaredRates[j], xi);
            }
        }
        for (int i = 0; i < speciesDraws.length; i++) {
            speciesDraws[i] = random.nextGaussian();
        }
        open = true;
        next++;
    }

    void close() {
        java.util.Arrays.fill(rateFactors, 1.0);
        open = false;
    }

    /** The factor k_j(t) / k_j of network reaction j in a window ({@link NoiseSettings#rateFactor}), else 1. */
    double rateFactor(int reaction) {
        return rateFactors[reaction];
    }

    /** The concentration x of the i-th noisy species becomes |x + eps xi_i| while the window is open. */
    double noisy(int noisySpecies, double concentration) {
        return Math.abs(concentration + settings.eps() * speciesDraws[noisySpecies]);
    }
}
