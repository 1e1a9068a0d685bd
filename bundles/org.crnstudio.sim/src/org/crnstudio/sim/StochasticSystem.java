package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;

/**
 * A reaction network as the stochastic engines see it: molecule counts in a volume V, compiled into index arrays.
 * <p>
 * The propensity of a reaction of order n (the sum of its reactant coefficients) with rate constant k is
 * {@code k V^(1 - n) prod_i X_i (X_i - 1) ... (X_i - a_i + 1)}: the counterpart of the ODE's mass action without
 * combinatorial factors ({@code k prod x_i^a_i}), so the ensemble mean tends to the ODE as V grows (2A -> B with ODE
 * flux k a^2 has propensity (k / V) X (X - 1), with no 1/2). Initial counts are {@code round(c V)}; concentrations
 * read back are {@code X / V}.
 * <p>
 * As in the ODE, species that no reaction changes are folded: their falling factorials are multiplied into the
 * propensity constants. A run whose schedule sets a folded species, or gates reactions by phase, computes its own
 * constants from its folded counts and the gate ({@link #propensityConstants(long[], double[], double[])}).
 * Reactions that change nothing are dropped. For the next-reaction method and the
 * direct method's incremental updates, the dependency graph lists for each reaction the reactions whose propensity
 * changes when it fires.
 */
public final class StochasticSystem {

    /** Counts are longs, but propensities are computed in doubles: beyond 2^53 counts would lose units. */
    public static final double MAX_COUNT = 0x1p53;

    private final List<Species> species;
    private final List<Species> dynamicSpecies;
    private final List<Species> foldedSpecies;
    private final double volume;
    /** State index of each network species, -1 when folded. */
    private final int[] stateIndex;
    /** Count of every network species at the start (folded ones keep theirs). */
    private final long[] initialCounts;

    private final double[] propensityConstants;
    /** k V^(1 - n) per reaction: the propensity constant before folded species and gates. */
    private final double[] baseConstants;
    /** The network reaction each reaction comes from (its phase gate). */
    private final int[] sourceReaction;
    private final int[] foldedStart;
    private final int[] foldedReactant;
    private final int[] foldedOrder;
    private final Map<String, Integer> speciesIndex;
    private final int[] reactantStart;
    private final int[] reactantState;
    private final int[] reactantOrder;
    /** Reaction order n (dynamic and folded reactants), for tau-leaping's step selection. */
    private final int[] reactionOrder;
    private final int[] changeStart;
    private final int[] changeState;
    private final int[] changeAmount;
    private final int[] dependentStart;
    private final int[] dependents;

    private StochasticSystem(Builder builder) {
        this.species = builder.species;
        this.dynamicSpecies = Collections.unmodifiableList(builder.dynamicSpecies);
        this.foldedSpecies = Collections.unmodifiableList(builder.foldedSpecies);
        this.volume = builder.volume;
        this.stateIndex = builder.stateIndex;
        this.initialCounts = builder.initialCounts;
        this.propensityConstants = builder.propensityConstants;
        this.baseConstants = builder.baseConstants;
        this.sourceReaction = builder.sourceReaction;
        this.foldedStart = builder.foldedStart;
        this.foldedReactant = builder.foldedReactant;
        this.foldedOrder = builder.foldedOrder;
        this.speciesIndex = builder.speciesIndex;
        this.reactantStart = builder.reactantStart;
        this.reactantState = builder.reactantState;
        this.reactantOrder = builder.reactantOrder;
        this.reactionOrder = builder.reactionOrder;
        this.changeStart = builder.changeStart;
        this.changeState = builder.changeState;
        this.changeAmount = builder.changeAmount;
        this.dependentStart = builder.dependentStart;
        this.dependents = builder.dependents;
    }

    /**
     * Compiles the network for the given volume starting from the given concentrations (one per species, network
     * order), each turned into round(c V) molecules. A SimulationException names a species whose count would be too
     * large to simulate molecule by molecule.
     */
    public static StochasticSystem compile(ReactionNetwork network, double[] initialConcentrations, double volume,
            int line) {
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new SimulationException("volume " + volume + " is not valid: it must be a finite number > 0", line);
        }
        if (initialConcentrations.length != network.getSpecies().size()) {
            throw new IllegalArgumentException("network " + network.getName() + " has " + network.getSpecies().size()
                    + " species, but " + initialConcentrations.length + " initial concentrations were given");
        }
        return new StochasticSystem(new Builder(network, initialConcentrations, volume, line));
    }

    public double volume() {
        return volume;
    }

    /** Number of dynamic species (the count vector's length). */
    public int dimension() {
        return dynamicSpecies.size();
    }

    /** Every species of the network, in its order. */
    public List<Species> species() {
        return species;
    }

    public List<Species> dynamicSpecies() {
        return dynamicSpecies;
    }

    public List<Species> foldedSpecies() {
        return foldedSpecies;
    }

    public int reactionCount() {
        return propensityConstants.length;
    }

    /** The initial counts of the dynamic species (a new array). */
    public long[] initialState() {
        long[] state = new long[dimension()];
        for (int s = 0; s < species.size(); s++) {
            if (stateIndex[s] >= 0) {
                state[stateIndex[s]] = initialCounts[s];
            }
        }
        return state;
    }

    /** The initial count of a network species (by its network index). */
    public long initialCount(int networkSpecies) {
        return initialCounts[networkSpecies];
    }

    /** Writes the concentration X / V of every network species (network order) for the given counts into out. */
    public void concentrations(long[] state, double[] out) {
        concentrations(state, initialCounts, out);
    }

    /**
     * As {@link #concentrations(long[], double[])} with the folded species' counts taken from folded (network order;
     * entries of dynamic species are ignored).
     */
    public void concentrations(long[] state, long[] folded, double[] out) {
        for (int s = 0; s < species.size(); s++) {
            long count = stateIndex[s] >= 0 ? state[stateIndex[s]] : folded[s];
            out[s] = count / volume;
        }
    }

    /** The count of every network species at the start (a new array; for a run's folded counts). */
    public long[] initialCounts() {
        return initialCounts.clone();
    }

    /** The network index of the species with this name, -1 when there is none. */
    public int speciesIndex(String name) {
        return speciesIndex.getOrDefault(name, -1);
    }

    /** The index of network species s in the count vector, -1 when it is folded. */
    public int stateIndexOf(int networkSpecies) {
        return stateIndex[networkSpecies];
    }

    /**
     * round(c V): the molecules of a species set to concentration c. A SimulationException (at line) names a value
     * that is negative, not finite, or too large to count molecule by molecule.
     */
    public long countOf(String name, double concentration, int line) {
        return count(name, concentration, volume, line);
    }

    /**
     * The propensity constant of every reaction (into out) for the given folded counts (network order) and factors
     * per network reaction (a phase gate: 1 runs, 0 stops; null: all 1).
     */
    public void propensityConstants(long[] folded, double[] networkFactors, double[] out) {
        for (int r = 0; r < out.length; r++) {
            double constant = baseConstants[r] * (networkFactors == null ? 1.0 : networkFactors[sourceReaction[r]]);
            for (int p = foldedStart[r]; p < foldedStart[r + 1] && constant != 0; p++) {
                constant *= fallingFactorial(folded[foldedReactant[p]], foldedOrder[p]);
            }
            out[r] = constant;
        }
    }

    /** The propensity of reaction r in the given state (0 when a reactant has fewer molecules than it needs). */
    public double propensity(int r, long[] state) {
        return propensity(r, state, propensityConstants);
    }

    /** The propensity of reaction r in the given state with the given propensity constants. */
    public double propensity(int r, long[] state, double[] constants) {
        double a = constants[r];
        if (a == 0) {
            return 0;
        }
        for (int p = reactantStart[r]; p < reactantStart[r + 1]; p++) {
            a *= fallingFactorial(state[reactantState[p]], reactantOrder[p]);
        }
        return a;
    }

    /** Fires reaction r times times (times may be 0): adds its net change times times to the state. */
    public void fire(int r, long times, long[] state) {
        for (int c = changeStart[r]; c < changeStart[r + 1]; c++) {
            state[changeState[c]] += times * changeAmount[c];
        }
    }

    /** Reactions whose propensity may change when r fires: dependents(r) from dependentStart(r) (CSR layout). */
    int dependentStart(int r) {
        return dependentStart[r];
    }

    int dependent(int entry) {
        return dependents[entry];
    }

    int reactantStart(int r) {
        return reactantStart[r];
    }

    int reactantState(int entry) {
        return reactantState[entry];
    }

    int reactantOrder(int entry) {
        return reactantOrder[entry];
    }

    int reactionOrder(int r) {
        return reactionOrder[r];
    }

    int changeStart(int r) {
        return changeStart[r];
    }

    int changeState(int entry) {
        return changeState[entry];
    }

    int changeAmount(int entry) {
        return changeAmount[entry];
    }

    private static long count(String name, double concentration, double volume, int line) {
        if (!(concentration >= 0) || !Double.isFinite(concentration)) {
            throw new SimulationException("species " + name + " cannot be set to " + concentration
                    + ": concentrations must be finite and not negative", line);
        }
        double count = Math.rint(concentration * volume);
        if (!(count < MAX_COUNT)) {
            throw new SimulationException("species " + name + " would have " + count + " molecules at volume "
                    + volume + ": the stochastic simulation counts molecules one by one, and at most 2^53 fit;"
                    + " choose a smaller volume", line);
        }
        return (long) count;
    }

    /** X (X - 1) ... (X - order + 1), 0 when X < order. */
    static double fallingFactorial(long count, int order) {
        if (order == 1) {
            return count;
        }
        double product = 1;
        for (int i = 0; i < order; i++) {
            long factor = count - i;
            if (factor <= 0) {
                return 0;
            }
            product *= factor;
        }
        return product;
    }

    /** Folding, dropping, counting and array building, done once. */
    private static final class Builder {
        final List<Species> species;
        final List<Species> dynamicSpecies = new ArrayList<>();
        final List<Species> foldedSpecies = new ArrayList<>();
        final double volume;
        final int[] stateIndex;
        final long[] initialCounts;
        double[] propensityConstants;
        double[] baseConstants;
        int[] sourceReaction;
        int[] foldedStart;
        int[] foldedReactant;
        int[] foldedOrder;
        final Map<String, Integer> speciesIndex = new java.util.HashMap<>();
        int[] reactantStart;
        int[] reactantState;
        int[] reactantOrder;
        int[] reactionOrder;
        int[] changeStart;
        int[] changeState;
        int[] changeAmount;
        int[] dependentStart;
        int[] dependents;

        Builder(ReactionNetwork network, double[] initialConcentrations, double volume, int line) {
            this.species = List.copyOf(network.getSpecies());
            this.volume = volume;
            this.initialCounts = new long[species.size()];
            for (int s = 0; s < species.size(); s++) {
                initialCounts[s] = count(species.get(s).getName(), initialConcentrations[s], volume, line);
                speciesIndex.putIfAbsent(species.get(s).getName(), s);
            }
            Map<Species, Integer> index = ElementaryReaction.indexOf(species);
            List<ElementaryReaction> reactions = ElementaryReaction.of(network, index);
            Map<org.crnstudio.model.Reaction, Integer> networkIndex = ElementaryReaction.networkIndex(network);
            SpeciesPartition partition = SpeciesPartition.of(species, reactions);
            stateIndex = partition.stateIndex();
            dynamicSpecies.addAll(partition.dynamic());
            foldedSpecies.addAll(partition.folded());
            build(reactions.stream().filter(reaction -> reaction.changed().length > 0).toList(), networkIndex);
            buildDependencies();
        }

        private void build(List<ElementaryReaction> reactions, Map<org.crnstudio.model.Reaction, Integer> networkIndex) {
            int count = reactions.size();
            propensityConstants = new double[count];
            baseConstants = new double[count];
            sourceReaction = new int[count];
            reactionOrder = new int[count];
            reactantStart = new int[count + 1];
            foldedStart = new int[count + 1];
            changeStart = new int[count + 1];
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                sourceReaction[r] = networkIndex.get(reaction.source());
                int dynamic = 0;
                for (int s : reaction.reactants()) {
                    dynamic += stateIndex[s] >= 0 ? 1 : 0;
                }
                reactantStart[r + 1] = reactantStart[r] + dynamic;
                foldedStart[r + 1] = foldedStart[r] + reaction.reactants().length - dynamic;
                changeStart[r + 1] = changeStart[r] + reaction.changed().length;
            }
            foldedReactant = new int[foldedStart[count]];
            foldedOrder = new int[foldedStart[count]];
            reactantState = new int[reactantStart[count]];
            reactantOrder = new int[reactantStart[count]];
            changeState = new int[changeStart[count]];
            changeAmount = new int[changeStart[count]];
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                int order = 0;
                double constant = reaction.rate();
                int p = reactantStart[r];
                int f = foldedStart[r];
                for (int i = 0; i < reaction.reactants().length; i++) {
                    int s = reaction.reactants()[i];
                    order += reaction.orders()[i];
                    if (stateIndex[s] < 0) {
                        constant *= fallingFactorial(initialCounts[s], reaction.orders()[i]);
                        foldedReactant[f] = s;
                        foldedOrder[f] = reaction.orders()[i];
                        f++;
                    } else {
                        reactantState[p] = stateIndex[s];
                        reactantOrder[p] = reaction.orders()[i];
                        p++;
                    }
                }
                reactionOrder[r] = order;
                baseConstants[r] = reaction.rate() * Math.pow(volume, 1 - order);
                propensityConstants[r] = constant * Math.pow(volume, 1 - order);
                for (int c = 0; c < reaction.changed().length; c++) {
                    changeState[changeStart[r] + c] = stateIndex[reaction.changed()[c]];
                    changeAmount[changeStart[r] + c] = reaction.changes()[c];
                }
            }
        }

        /** Reaction j depends on r when r changes one of j's dynamic reactants. */
        private void buildDependencies() {
            int count = propensityConstants.length;
            List<List<Integer>> readers = new ArrayList<>();
            for (int s = 0; s < dynamicSpecies.size(); s++) {
                readers.add(new ArrayList<>());
            }
            for (int j = 0; j < count; j++) {
                for (int p = reactantStart[j]; p < reactantStart[j + 1]; p++) {
                    readers.get(reactantState[p]).add(j);
                }
            }
            dependentStart = new int[count + 1];
            List<int[]> lists = new ArrayList<>(count);
            boolean[] seen = new boolean[count];
            for (int r = 0; r < count; r++) {
                List<Integer> list = new ArrayList<>();
                for (int c = changeStart[r]; c < changeStart[r + 1]; c++) {
                    for (int j : readers.get(changeState[c])) {
                        if (!seen[j]) {
                            seen[j] = true;
                            list.add(j);
                        }
                    }
                }
                int[] sorted = list.stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int j : sorted) {
                    seen[j] = false;
                }
                lists.add(sorted);
                dependentStart[r + 1] = dependentStart[r] + sorted.length;
            }
            dependents = new int[dependentStart[count]];
            for (int r = 0; r < count; r++) {
                System.arraycopy(lists.get(r), 0, dependents, dependentStart[r], lists.get(r).length);
            }
        }
    }
}
