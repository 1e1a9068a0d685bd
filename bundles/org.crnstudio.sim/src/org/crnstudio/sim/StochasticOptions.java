package org.crnstudio.sim;

import java.util.List;

import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Option;
import org.crnstudio.model.Simulation;

/**
 * The options of {@code method ssa(volume = V, runs = N, algorithm = direct | next_reaction | tau_leap,
 * epsilon = 0.03)} and the simulation's {@code seed}.
 * <p>
 * Defaults: volume {@value #DEFAULT_VOLUME}, {@value #DEFAULT_RUNS} run, algorithm next_reaction, epsilon
 * {@value #DEFAULT_EPSILON} (tau-leaping's bound on the relative change of a propensity per leap), seed 0 when the
 * simulation gives none. Run i (0-based) of an ensemble draws from its own stream seeded with
 * {@link #seedOfRun(int)}: the same seed and run give the same trajectory whatever the number of runs or threads.
 */
public record StochasticOptions(double volume, int runs, SsaAlgorithm algorithm, double epsilon, long seed) {

    public static final double DEFAULT_VOLUME = 1;
    public static final int DEFAULT_RUNS = 1;
    public static final double DEFAULT_EPSILON = 0.03;
    public static final SsaAlgorithm DEFAULT_ALGORITHM = SsaAlgorithm.NEXT_REACTION;
    /** The ssa method's options. */
    public static final List<String> OPTIONS = List.of("volume", "runs", "algorithm", "epsilon");

    public StochasticOptions {
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("volume " + volume + ": it must be a finite number > 0");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs " + runs + ": at least 1");
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon " + epsilon + ": it must be between 0 and 1");
        }
    }

    /** The defaults with the given volume. */
    public static StochasticOptions ofVolume(double volume) {
        return new StochasticOptions(volume, DEFAULT_RUNS, DEFAULT_ALGORITHM, DEFAULT_EPSILON, 0);
    }

    /** Whether the simulation asks for method ssa. */
    public static boolean isStochastic(Simulation simulation) {
        return simulation.getMethod() != null && "ssa".equals(simulation.getMethod().getName());
    }

    /** Reads ssa's options and the seed: a SimulationException names a wrong option and what would be valid. */
    public static StochasticOptions of(Simulation simulation) {
        MethodCall method = simulation.getMethod();
        double volume = DEFAULT_VOLUME;
        int runs = DEFAULT_RUNS;
        SsaAlgorithm algorithm = DEFAULT_ALGORITHM;
        double epsilon = DEFAULT_EPSILON;
        for (Option option : method.getOptions()) {
            int line = option.getLine() > 0 ? option.getLine() : simulation.getLine();
            double value = option.getValue();
            switch (option.getName() == null ? "" : option.getName()) {
                case "volume" -> {
                    if (!(value > 0) || !Double.isFinite(value) || option.getLiteral() != null) {
                        throw new SimulationException("ssa's volume is " + shown(option)
                                + ": it must be a finite number > 0", line);
                    }
                    volume = value;
                }
                case "runs" -> {
                    if (!(value >= 1) || value != Math.rint(value) || value > Integer.MAX_VALUE
                            || option.getLiteral() != null) {
                        throw new SimulationException("ssa's runs is " + shown(option)
                                + ": it must be a whole number >= 1", line);
                    }
                    runs = (int) value;
                }
                case "algorithm" -> {
                    algorithm = SsaAlgorithm.ofWord(option.getLiteral());
                    if (algorithm == null) {
                        throw new SimulationException("ssa's algorithm is " + shown(option) + ": valid algorithms are "
                                + String.join(", ", SsaAlgorithm.words()), line);
                    }
                }
                case "epsilon" -> {
                    if (!(value > 0 && value < 1) || option.getLiteral() != null) {
                        throw new SimulationException("ssa's epsilon is " + shown(option)
                                + ": it must be a number between 0 and 1 (e.g. 0.03)", line);
                    }
                    epsilon = value;
                }
                default -> throw new SimulationException("method ssa has no option '" + option.getName()
                        + "': valid options are " + String.join(", ", OPTIONS), line);
            }
        }
        return new StochasticOptions(volume, runs, algorithm, epsilon, simulation.getSeed());
    }

    public StochasticOptions withRuns(int count) {
        return new StochasticOptions(volume, count, algorithm, epsilon, seed);
    }

    public StochasticOptions withAlgorithm(SsaAlgorithm chosen) {
        return new StochasticOptions(volume, runs, chosen, epsilon, seed);
    }

    public StochasticOptions withSeed(long chosen) {
        return new StochasticOptions(volume, runs, algorithm, epsilon, chosen);
    }

    public StochasticOptions withEpsilon(double chosen) {
        return new StochasticOptions(volume, runs, algorithm, chosen, seed);
    }

    /**
     * The seed of run i: the SplitMix64 finalizer of {@code seed + (i + 1) * 0x9E3779B97F4A7C15}, so that nearby
     * seeds and runs give unrelated streams.
     */
    public long seedOfRun(int run) {
        long z = seed + (run + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String shown(Option option) {
        return option.getLiteral() != null ? option.getLiteral() : Double.toString(option.getValue());
    }
}
