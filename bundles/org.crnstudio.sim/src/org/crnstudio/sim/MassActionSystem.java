package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;

/**
 * The mass-action ODE system of a reaction network, compiled into index arrays: reaction r fires at
 * k_r * prod x_i^(order_i) (no combinatorial factors) and changes each species by its net stoichiometry.
 * <p>
 * Species whose net stoichiometry is 0 in every reaction (catalysts, untouched species) keep their initial
 * concentration for ever: they are folded into the rate constants and left out of the state vector, so the
 * integrator only sees the dynamic species. Reactions that change no species are dropped. The right-hand side
 * and the Jacobian are computed without allocating.
 * <p>
 * Between integration segments the effective rate constants can change without recompiling: per network reaction
 * factors ({@link #setRateFactors}: clock phases, rate noise) and new values of folded species
 * ({@link #setFoldedConcentration}: clock species, inputs).
 */
public final class MassActionSystem {

    private final List<Species> species;
    private final List<Species> dynamicSpecies;
    private final List<Species> foldedSpecies;
    /** State index of each network species, -1 when folded. */
    private final int[] stateIndex;
    /** Concentration of every network species at the start; folded ones keep it until setFoldedConcentration. */
    private final double[] initialConcentrations;
    private final int elementaryReactionCount;

    private final double[] rateConstants;
    /** Per compiled reaction: its declared rate constant, the network reaction it came from, its folded reactants. */
    private final double[] declaredRates;
    private final int[] sourceReaction;
    private final int[] foldedStart;
    private final int[] foldedSpeciesIndex;
    private final int[] foldedOrder;
    /** Factor on each network reaction's rate constant (1 unless setRateFactors changed it). */
    private final double[] rateFactors;
    private final int[] reactantStart;
    private final int[] reactantState;
    private final int[] reactantOrder;
    private final int[] changeStart;
    private final int[] changeState;
    private final double[] changeAmount;

    private final JacobianPattern jacobianPattern;
    /** For reaction r, reactant p (global index) and change c (local): entry jacobianSlot[slotStart[r] + ...]. */
    private final int[] slotStart;
    private final int[] jacobianSlot;

    private MassActionSystem(Builder builder) {
        this.species = builder.species;
        this.dynamicSpecies = Collections.unmodifiableList(builder.dynamicSpecies);
        this.foldedSpecies = Collections.unmodifiableList(builder.foldedSpecies);
        this.stateIndex = builder.stateIndex;
        this.initialConcentrations = builder.initialConcentrations;
        this.elementaryReactionCount = builder.elementaryReactionCount;
        this.rateConstants = builder.rateConstants;
        this.declaredRates = builder.declaredRates;
        this.sourceReaction = builder.sourceReaction;
        this.foldedStart = builder.foldedStart;
        this.foldedSpeciesIndex = builder.foldedSpeciesIndex;
        this.foldedOrder = builder.foldedOrder;
        this.rateFactors = new double[builder.networkReactionCount];
        java.util.Arrays.fill(rateFactors, 1.0);
        this.reactantStart = builder.reactantStart;
        this.reactantState = builder.reactantState;
        this.reactantOrder = builder.reactantOrder;
        this.changeStart = builder.changeStart;
        this.changeState = builder.changeState;
        this.changeAmount = builder.changeAmount;
        this.jacobianPattern = builder.jacobianPattern;
        this.slotStart = builder.slotStart;
        this.jacobianSlot = builder.jacobianSlot;
    }

    /** Compiles the network with its species' declared initial concentrations. */
    public static MassActionSystem compile(ReactionNetwork network) {
        double[] initial = network.getSpecies().stream().mapToDouble(Species::getInitial).toArray();
        return compile(network, initial);
    }

    /**
     * Compiles the network starting from the given concentrations, one per species in the network's order (folded
     * species are folded with these values).
     */
    public static MassActionSystem compile(ReactionNetwork network, double[] initialConcentrations) {
        if (initialConcentrations.length != network.getSpecies().size()) {
            throw new IllegalArgumentException("network " + network.getName() + " has " + network.getSpecies().size()
                    + " species, but " + initialConcentrations.length + " initial concentrations were given");
        }
        return new MassActionSystem(new Builder(network, initialConcentrations.clone()));
    }

    /** Number of dynamic species (the state vector's length). */
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

    /** Species that never change and were folded into the rate constants. */
    public List<Species> foldedSpecies() {
        return foldedSpecies;
    }

    /** The state index of a network species (its position in network order), -1 when it was folded. */
    public int stateIndexOf(int networkSpeciesIndex) {
        return stateIndex[networkSpeciesIndex];
    }

    /** Reactions that take part in the system (each direction of a reversible reaction counts once). */
    public int reactionCount() {
        return rateConstants.length;
    }

    /** Reactions of the network in one direction each, before dropping those that change nothing. */
    public int elementaryReactionCount() {
        return elementaryReactionCount;
    }

    /** Effective rate constant of a compiled reaction: k times the folded species' concentrations to their orders. */
    public double rateConstant(int reaction) {
        return rateConstants[reaction];
    }

    /**
     * Multiplies each network reaction's declared rate constant by a factor (both directions of a reversible
     * reaction), replacing the factors set before: effective k = declared k x factor x folded concentrations. A
     * factor 0 switches a reaction off (a clock phase), others scale it (rate noise). Allocates nothing.
     */
    public void setRateFactors(double[] perNetworkReaction) {
        if (perNetworkReaction.length != rateFactors.length) {
            throw new IllegalArgumentException("the network has " + rateFactors.length + " reactions, but "
                    + perNetworkReaction.length + " rate factors were given");
        }
        for (int i = 0; i < perNetworkReaction.length; i++) {
            double factor = perNetworkReaction[i];
            if (!(factor >= 0) || !Double.isFinite(factor)) {
                throw new IllegalArgumentException("rate factor " + factor + " of reaction " + i
                        + " is not valid: factors are finite and not negative");
            }
        }
        System.arraycopy(perNetworkReaction, 0, rateFactors, 0, rateFactors.length);
        recomputeRateConstants();
    }

    /** The factor on each network reaction's rate constant (a copy). */
    public double[] rateFactors() {
        return rateFactors.clone();
    }

    /**
     * Gives a folded species (a clock, an input held constant) a new concentration and re-folds it into the rate
     * constants of the reactions it takes part in. Allocates nothing.
     *
     * @throws IllegalArgumentException when the species is dynamic (set it in the state vector instead)
     */
    public void setFoldedConcentration(int networkSpeciesIndex, double value) {
        if (stateIndex[networkSpeciesIndex] >= 0) {
            throw new IllegalArgumentException("species " + species.get(networkSpeciesIndex).getName()
                    + " is dynamic, not folded: change it in the state vector");
        }
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("concentration " + value + " of species "
                    + species.get(networkSpeciesIndex).getName() + " is not valid: finite and not negative");
        }
        initialConcentrations[networkSpeciesIndex] = value;
        recomputeRateConstants();
    }

    /** The concentration a folded species is folded with. */
    public double foldedConcentration(int networkSpeciesIndex) {
        if (stateIndex[networkSpeciesIndex] >= 0) {
            throw new IllegalArgumentException("species " + species.get(networkSpeciesIndex).getName()
                    + " is dynamic, not folded");
        }
        return initialConcentrations[networkSpeciesIndex];
    }

    private void recomputeRateConstants() {
        for (int r = 0; r < rateConstants.length; r++) {
            double rate = declaredRates[r] * rateFactors[sourceReaction[r]];
            for (int f = foldedStart[r]; f < foldedStart[r + 1]; f++) {
                rate *= power(initialConcentrations[foldedSpeciesIndex[f]], foldedOrder[f]);
            }
            rateConstants[r] = rate;
        }
    }

    /** The initial state vector (dynamic species only). */
    public double[] initialState() {
        double[] state = new double[dimension()];
        for (int s = 0; s < species.size(); s++) {
            if (stateIndex[s] >= 0) {
                state[stateIndex[s]] = initialConcentrations[s];
            }
        }
        return state;
    }

    /** Writes the concentration of every network species (network order) for the given state into out. */
    public void concentrations(double[] state, double[] out) {
        for (int s = 0; s < species.size(); s++) {
            out[s] = stateIndex[s] >= 0 ? state[stateIndex[s]] : initialConcentrations[s];
        }
    }

    /** dx/dt at state x, written into dxdt (same length as x). */
    public void derivatives(double[] x, double[] dxdt) {
        java.util.Arrays.fill(dxdt, 0, dimension(), 0.0);
        for (int r = 0; r < rateConstants.length; r++) {
            double flux = rateConstants[r];
            for (int p = reactantStart[r]; p < reactantStart[r + 1]; p++) {
                flux *= power(x[reactantState[p]], reactantOrder[p]);
            }
            for (int c = changeStart[r]; c < changeStart[r + 1]; c++) {
                dxdt[changeState[c]] += changeAmount[c] * flux;
            }
        }
    }

    public JacobianPattern jacobianPattern() {
        return jacobianPattern;
    }

    /** The Jacobian's structurally non-zero entries at state x, aligned with {@link #jacobianPattern()}. */
    public void jacobianValues(double[] x, double[] values) {
        java.util.Arrays.fill(values, 0, jacobianPattern.nonZeros(), 0.0);
        for (int r = 0; r < rateConstants.length; r++) {
            int changes = changeStart[r + 1] - changeStart[r];
            for (int p = reactantStart[r]; p < reactantStart[r + 1]; p++) {
                // d flux / d x_p = k * n_p x_p^(n_p - 1) * prod over the other reactants (no division by x_p).
                double partial = rateConstants[r] * reactantOrder[p] * power(x[reactantState[p]], reactantOrder[p] - 1);
                for (int q = reactantStart[r]; q < reactantStart[r + 1]; q++) {
                    if (q != p) {
                        partial *= power(x[reactantState[q]], reactantOrder[q]);
                    }
                }
                int slots = slotStart[r] + (p - reactantStart[r]) * changes;
                for (int c = 0; c < changes; c++) {
                    values[jacobianSlot[slots + c]] += changeAmount[changeStart[r] + c] * partial;
                }
            }
        }
    }

    /** The dense Jacobian d(dx/dt)/dx at state x, written into out (dimension x dimension). */
    public void jacobian(double[] x, double[][] out, double[] scratchValues) {
        jacobianValues(x, scratchValues);
        for (int row = 0; row < dimension(); row++) {
            java.util.Arrays.fill(out[row], 0.0);
            for (int e = jacobianPattern.rowStart(row); e < jacobianPattern.rowStart(row + 1); e++) {
                out[row][jacobianPattern.column(e)] = scratchValues[e];
            }
        }
    }

    /** The dense Jacobian at state x in a new matrix (convenient, allocates). */
    public double[][] jacobian(double[] x) {
        double[][] out = new double[dimension()][dimension()];
        jacobian(x, out, new double[jacobianPattern.nonZeros()]);
        return out;
    }

    private static double power(double base, int exponent) {
        return switch (exponent) {
            case 0 -> 1.0;
            case 1 -> base;
            case 2 -> base * base;
            case 3 -> base * base * base;
            default -> Math.pow(base, exponent);
        };
    }

    /** Folding, dropping and array building, done once. */
    private static final class Builder {
        final List<Species> species;
        final List<Species> dynamicSpecies = new ArrayList<>();
        final List<Species> foldedSpecies = new ArrayList<>();
        final int[] stateIndex;
        final double[] initialConcentrations;
        int elementaryReactionCount;
        int networkReactionCount;
        double[] rateConstants;
        double[] declaredRates;
        int[] sourceReaction;
        int[] foldedStart;
        int[] foldedSpeciesIndex;
        int[] foldedOrder;
        int[] reactantStart;
        int[] reactantState;
        int[] reactantOrder;
        int[] changeStart;
        int[] changeState;
        double[] changeAmount;
        JacobianPattern jacobianPattern;
        int[] slotStart;
        int[] jacobianSlot;

        Builder(ReactionNetwork network, double[] initialConcentrations) {
            this.species = List.copyOf(network.getSpecies());
            this.initialConcentrations = initialConcentrations;
            Map<Species, Integer> index = ElementaryReaction.indexOf(species);
            List<ElementaryReaction> reactions = ElementaryReaction.of(network, index);
            elementaryReactionCount = reactions.size();
            networkReactionCount = network.getReactions().size();
            Map<org.crnstudio.model.Reaction, Integer> reactionIndex = new java.util.IdentityHashMap<>();
            for (int r = 0; r < networkReactionCount; r++) {
                reactionIndex.put(network.getReactions().get(r), r);
            }
            stateIndex = new int[species.size()];
            boolean[] changes = new boolean[species.size()];
            for (ElementaryReaction reaction : reactions) {
                for (int s : reaction.changed()) {
                    changes[s] = true;
                }
            }
            for (int s = 0; s < species.size(); s++) {
                if (changes[s]) {
                    stateIndex[s] = dynamicSpecies.size();
                    dynamicSpecies.add(species.get(s));
                } else {
                    stateIndex[s] = -1;
                    foldedSpecies.add(species.get(s));
                }
            }
            build(reactions.stream().filter(reaction -> reaction.changed().length > 0).toList(), reactionIndex);
        }

        private void build(List<ElementaryReaction> reactions, Map<org.crnstudio.model.Reaction, Integer> reactionIndex) {
            int count = reactions.size();
            rateConstants = new double[count];
            declaredRates = new double[count];
            sourceReaction = new int[count];
            foldedStart = new int[count + 1];
            reactantStart = new int[count + 1];
            changeStart = new int[count + 1];
            slotStart = new int[count + 1];
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                reactantStart[r + 1] = reactantStart[r] + dynamicCount(reaction.reactants());
                changeStart[r + 1] = changeStart[r] + reaction.changed().length;
                slotStart[r + 1] = slotStart[r] + (reactantStart[r + 1] - reactantStart[r]) * reaction.changed().length;
                foldedStart[r + 1] = foldedStart[r] + reaction.reactants().length - dynamicCount(reaction.reactants());
            }
            foldedSpeciesIndex = new int[foldedStart[count]];
            foldedOrder = new int[foldedStart[count]];
            reactantState = new int[reactantStart[count]];
            reactantOrder = new int[reactantStart[count]];
            changeState = new int[changeStart[count]];
            changeAmount = new double[changeStart[count]];
            long[] keys = new long[slotStart[count]];
            int dimension = dynamicSpecies.size();
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                double rate = reaction.rate();
                declaredRates[r] = rate;
                sourceReaction[r] = reactionIndex.get(reaction.source());
                int p = reactantStart[r];
                int f = foldedStart[r];
                for (int i = 0; i < reaction.reactants().length; i++) {
                    int s = reaction.reactants()[i];
                    if (stateIndex[s] < 0) {
                        rate *= power(initialConcentrations[s], reaction.orders()[i]);
                        foldedSpeciesIndex[f] = s;
                        foldedOrder[f] = reaction.orders()[i];
                        f++;
                    } else {
                        reactantState[p] = stateIndex[s];
                        reactantOrder[p] = reaction.orders()[i];
                        p++;
                    }
                }
                rateConstants[r] = rate;
                for (int c = 0; c < reaction.changed().length; c++) {
                    changeState[changeStart[r] + c] = stateIndex[reaction.changed()[c]];
                    changeAmount[changeStart[r] + c] = reaction.changes()[c];
                }
                int slot = slotStart[r];
                for (int q = reactantStart[r]; q < reactantStart[r + 1]; q++) {
                    for (int c = changeStart[r]; c < changeStart[r + 1]; c++) {
                        keys[slot++] = JacobianPattern.key(dimension, changeState[c], reactantState[q]);
                    }
                }
            }
            jacobianPattern = JacobianPattern.of(dimension, keys);
            jacobianSlot = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                jacobianSlot[k] = jacobianPattern.entry((int) (keys[k] / dimension), (int) (keys[k] % dimension));
            }
        }

        private int dynamicCount(int[] reactants) {
            int count = 0;
            for (int s : reactants) {
                if (stateIndex[s] >= 0) {
                    count++;
                }
            }
            return count;
        }
    }
}
