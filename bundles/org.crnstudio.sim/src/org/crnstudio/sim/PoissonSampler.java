package org.crnstudio.sim;

import java.util.SplittableRandom;

import org.hipparchus.special.Gamma;

/**
 * Draws Poisson-distributed counts for tau-leaping without allocating: inversion by sequential search for means
 * below 10, Hörmann's transformed rejection with squeeze (PTRS, Insurance: Mathematics and Economics 12 (1993) 39-45)
 * above, exact in both ranges.
 */
final class PoissonSampler {

    private static final double INVERSION_LIMIT = 10;

    private PoissonSampler() {
    }

    static long sample(SplittableRandom random, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        return mean < INVERSION_LIMIT ? inversion(random, mean) : transformedRejection(random, mean);
    }

    private static long inversion(SplittableRandom random, double mean) {
        double u = random.nextDouble();
        double probability = Math.exp(-mean);
        double cumulative = probability;
        long k = 0;
        // The tail beyond 100 for a mean below 10 is below 1e-60: stop there should round-off keep u above the sum.
        while (u > cumulative && k < 100) {
            k++;
            probability *= mean / k;
            cumulative += probability;
        }
        return k;
    }

    private static long transformedRejection(SplittableRandom random, double mean) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double acceptBound = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= acceptBound) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }
}
