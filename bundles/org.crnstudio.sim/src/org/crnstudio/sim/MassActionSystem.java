package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;

/**
 * The mass-action ODE system of a reaction network, compiled into index arrays: reaction r fires at
 * k_r * prod x_i^(order_i) (no combinatorial factors) and changes each species by its net stoichiometry.
 * <p>
 * Species whose net stoichiometry is 0 in every reaction (catalysts such as weights, inputs, H, untouched species)
 * keep their concentration: they are folded into the rate constants and left out of the state vector, so the
 * integrator only sees the dynamic species. Reactions that change no species are dropped. Reactions whose dynamic
 * reactants are the same after folding share one monomial (prod x_i^(order_i) over dynamic species): dx/dt = C m(x)
 * with one coefficient per (species, monomial) that sums k_eff * change over the reactions of that monomial. The
 * fixed-point 784-40-10 network's 63,720 reactions become a few hundred monomials over 50 species; all reactions
 * with only folded reactants become one constant source. The right-hand side and the analytic Jacobian are
 * computed from index arrays built once, without allocating.
 * <p>
 * Between integration segments the effective rate constants can change without recompiling: per network reaction
 * factors ({@link #setRateFactors}: clock phases, rate noise) and new values of folded species
 * ({@link #setFoldedConcentration}: clock species, inputs). Coefficients are recomputed from the declared rate
 * constants x factors x folded concentrations (the sparsity pattern does not change: a factor 0 keeps its entry).
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

    /** Per compiled reaction: effective constant, declared constant, network reaction, folded reactants. */
    private final double[] rateConstants;
    private final double[] declaredRates;
    private final int[] sourceReaction;
    private final int[] foldedStart;
    private final int[] foldedSpeciesIndex;
    private final int[] foldedOrder;
    /** Factor on each network reaction's rate constant (1 unless setRateFactors changed it). */
    private final double[] rateFactors;

    /** Monomial m: its dynamic reactants reactantStart[m] .. reactantStart[m + 1] - 1 (state index, order). */
    private final int[] reactantStart;
    private final int[] reactantState;
    private final int[] reactantOrder;
    /** Monomial m's coefficients: entries termStart[m] .. termStart[m + 1] - 1 (species changed, coefficient). */
    private final int[] termStart;
    private final int[] termState;
    private final double[] termCoefficient;
    /** Contribution c adds rateConstants[contributionReaction[c]] * contributionChange[c] to one coefficient. */
    private final int[] contributionTerm;
    private final int[] contributionReaction;
    private final double[] contributionChange;

    /**
     * The right-hand side's flat form, so that it runs as three tight loops without nested variable-length ones:
     * monomials of one reactant to the first order (flux = x_a), of two to the first order (x_a x_b), the others
     * by the general product; then one pass over every term in order: dxdt[termState[t]] += c_t flux[m(t)].
     */
    private final int[] linearMonomial;
    private final int[] linearState;
    private final int[] bilinearMonomial;
    private final int[] bilinearFirst;
    private final int[] bilinearSecond;
    private final int[] generalMonomial;
    private final int[] termMonomial;
    /** Scratch of the right-hand side: each monomial's value (one evaluation at a time, as the whole system). */
    private final double[] flux;

    private final JacobianPattern jacobianPattern;
    /** For monomial m, reactant p (global index) and term t (local): entry jacobianSlot[slotStart[m] + ...]. */
    private final int[] slotStart;
    private final int[] jacobianSlot;
    /** The stiff integrator's LU, analysed once per system (the pattern never changes); made on first use. */
    private BlockTriangularLu blockLu;

    private MassActionSystem(Builder builder) {
        this.species = builder.species;
        this.dynamicSpecies = Collections.unmodifiableList(builder.dynamicSpecies);
        this.foldedSpecies = Collections.unmodifiableList(builder.foldedSpecies);
        this.stateIndex = builder.stateIndex;
        this.initialConcentrations = builder.initialConcentrations;
        this.elementaryReactionCount = builder.elementaryReactionCount;
        this.declaredRates = builder.declaredRates;
        this.rateConstants = new double[declaredRates.length];
        this.sourceReaction = builder.sourceReaction;
        this.foldedStart = builder.foldedStart;
        this.foldedSpeciesIndex = builder.foldedSpeciesIndex;
        this.foldedOrder = builder.foldedOrder;
        this.rateFactors = new double[builder.networkReactionCount];
        Arrays.fill(rateFactors, 1.0);
        this.reactantStart = builder.reactantStart;
        this.reactantState = builder.reactantState;
        this.reactantOrder = builder.reactantOrder;
        this.termStart = builder.termStart;
        this.termState = builder.termState;
        this.termCoefficient = new double[termState.length];
        this.contributionTerm = builder.contributionTerm;
        this.contributionReaction = builder.contributionReaction;
        this.contributionChange = builder.contributionChange;
        this.jacobianPattern = builder.jacobianPattern;
        this.slotStart = builder.slotStart;
        this.jacobianSlot = builder.jacobianSlot;
        int monomials = termStart.length - 1;
        this.flux = new double[monomials];
        this.termMonomial = new int[termState.length];
        int linear = 0;
        int bilinear = 0;
        for (int m = 0; m < monomials; m++) {
            Arrays.fill(termMonomial, termStart[m], termStart[m + 1], m);
            if (isFirstOrder(m, 1)) {
                linear++;
            } else if (isFirstOrder(m, 2)) {
                bilinear++;
            }
        }
        this.linearMonomial = new int[linear];
        this.linearState = new int[linear];
        this.bilinearMonomial = new int[bilinear];
        this.bilinearFirst = new int[bilinear];
        this.bilinearSecond = new int[bilinear];
        this.generalMonomial = new int[monomials - linear - bilinear];
        linear = 0;
        bilinear = 0;
        int general = 0;
        for (int m = 0; m < monomials; m++) {
            int p = reactantStart[m];
            if (isFirstOrder(m, 1)) {
                linearMonomial[linear] = m;
                linearState[linear++] = reactantState[p];
            } else if (isFirstOrder(m, 2)) {
                bilinearMonomial[bilinear] = m;
                bilinearFirst[bilinear] = reactantState[p];
                bilinearSecond[bilinear++] = reactantState[p + 1];
            } else {
                generalMonomial[general++] = m;
            }
        }
        recomputeRateConstants();
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

    /** Distinct monomials of dynamic species the reactions fire at (what one RHS evaluation computes). */
    public int monomialCount() {
        return termStart.length - 1;
    }

    /** Effective rate constant of a compiled reaction: declared k x factor x folded concentrations to their orders. */
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

    /**
     * The declared forward rate constant of each network reaction, before factors and folding (NaN for a reaction
     * that changes nothing and is left out of the system): what the paper's absolute rate noise perturbs.
     */
    public double[] declaredForwardRates() {
        double[] rates = new double[rateFactors.length];
        java.util.Arrays.fill(rates, Double.NaN);
        // Backwards, so that a reversible reaction's forward direction (compiled first) is the one kept.
        for (int r = declaredRates.length - 1; r >= 0; r--) {
            rates[sourceReaction[r]] = declaredRates[r];
        }
        return rates;
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
        Arrays.fill(termCoefficient, 0.0);
        for (int c = 0; c < contributionTerm.length; c++) {
            termCoefficient[contributionTerm[c]] += rateConstants[contributionReaction[c]] * contributionChange[c];
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

    /** Whether monomial m has exactly the given number of reactants, each to the first order. */
    private boolean isFirstOrder(int m, int reactants) {
        if (reactantStart[m + 1] - reactantStart[m] != reactants) {
            return false;
        }
        for (int p = reactantStart[m]; p < reactantStart[m + 1]; p++) {
            if (reactantOrder[p] != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * dx/dt at state x, written into dxdt (same length as x). Monomial values first (by kind), then the terms in
     * the order of the monomials, so the sums are the same as term by term per monomial. Not thread-safe (scratch).
     */
    public void derivatives(double[] x, double[] dxdt) {
        double[] values = flux;
        for (int k = 0; k < linearMonomial.length; k++) {
            values[linearMonomial[k]] = x[linearState[k]];
        }
        for (int k = 0; k < bilinearMonomial.length; k++) {
            values[bilinearMonomial[k]] = x[bilinearFirst[k]] * x[bilinearSecond[k]];
        }
        for (int m : generalMonomial) {
            double product = 1.0;
            for (int p = reactantStart[m]; p < reactantStart[m + 1]; p++) {
                product *= power(x[reactantState[p]], reactantOrder[p]);
            }
            values[m] = product;
        }
        Arrays.fill(dxdt, 0, dimension(), 0.0);
        for (int t = 0; t < termState.length; t++) {
            dxdt[termState[t]] += termCoefficient[t] * values[termMonomial[t]];
        }
    }

    public JacobianPattern jacobianPattern() {
        return jacobianPattern;
    }

    /**
     * The sparse LU for W = alpha I + beta J, its symbolic analysis (block order, fill-reducing order, fill) done on
     * the first call only, so that integrators made segment after segment reuse it. One integration at a time
     * per system (the system is not thread-safe anyway: rate factors and folded species change it).
     */
    BlockTriangularLu blockLu() {
        if (blockLu == null) {
            blockLu = new BlockTriangularLu(jacobianPattern);
        }
        return blockLu;
    }

    /** The Jacobian's structurally non-zero entries at state x, aligned with {@link #jacobianPattern()}. */
    public void jacobianValues(double[] x, double[] values) {
        Arrays.fill(values, 0, jacobianPattern.nonZeros(), 0.0);
        int monomials = termStart.length - 1;
        for (int m = 0; m < monomials; m++) {
            int terms = termStart[m + 1] - termStart[m];
            for (int p = reactantStart[m]; p < reactantStart[m + 1]; p++) {
                // d monomial / d x_p = n_p x_p^(n_p - 1) * prod over the other reactants (no division by x_p).
                double partial = reactantOrder[p] * power(x[reactantState[p]], reactantOrder[p] - 1);
                for (int q = reactantStart[m]; q < reactantStart[m + 1]; q++) {
                    if (q != p) {
                        partial *= power(x[reactantState[q]], reactantOrder[q]);
                    }
                }
                int slots = slotStart[m] + (p - reactantStart[m]) * terms;
                for (int t = 0; t < terms; t++) {
                    values[jacobianSlot[slots + t]] += termCoefficient[termStart[m] + t] * partial;
                }
            }
        }
    }

    /** The dense Jacobian d(dx/dt)/dx at state x, written into out (dimension x dimension). */
    public void jacobian(double[] x, double[][] out, double[] scratchValues) {
        jacobianValues(x, scratchValues);
        for (int row = 0; row < dimension(); row++) {
            Arrays.fill(out[row], 0.0);
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

    /** Folding, dropping, merging into monomials and array building, done once. */
    private static final class Builder {
        final List<Species> species;
        final List<Species> dynamicSpecies = new ArrayList<>();
        final List<Species> foldedSpecies = new ArrayList<>();
        final int[] stateIndex;
        final double[] initialConcentrations;
        int elementaryReactionCount;
        int networkReactionCount;
        double[] declaredRates;
        int[] sourceReaction;
        int[] foldedStart;
        int[] foldedSpeciesIndex;
        int[] foldedOrder;
        int[] reactantStart;
        int[] reactantState;
        int[] reactantOrder;
        int[] termStart;
        int[] termState;
        int[] contributionTerm;
        int[] contributionReaction;
        double[] contributionChange;
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
            Map<Reaction, Integer> reactionIndex = ElementaryReaction.networkIndex(network);
            SpeciesPartition partition = SpeciesPartition.of(species, reactions);
            stateIndex = partition.stateIndex();
            dynamicSpecies.addAll(partition.dynamic());
            foldedSpecies.addAll(partition.folded());
            build(reactions.stream().filter(reaction -> reaction.changed().length > 0).toList(), reactionIndex);
        }

        private void build(List<ElementaryReaction> reactions, Map<Reaction, Integer> reactionIndex) {
            int count = reactions.size();
            declaredRates = new double[count];
            sourceReaction = new int[count];
            foldedStart = new int[count + 1];
            for (int r = 0; r < count; r++) {
                foldedStart[r + 1] = foldedStart[r] + reactions.get(r).reactants().length
                        - dynamicCount(reactions.get(r).reactants());
            }
            foldedSpeciesIndex = new int[foldedStart[count]];
            foldedOrder = new int[foldedStart[count]];
            // Monomials keyed by their dynamic reactants (state index, order), in order of first appearance.
            Map<MonomialKey, Integer> monomialOf = new HashMap<>();
            List<MonomialKey> monomials = new ArrayList<>();
            int[] monomialOfReaction = new int[count];
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                declaredRates[r] = reaction.rate();
                sourceReaction[r] = reactionIndex.get(reaction.source());
                int dynamic = dynamicCount(reaction.reactants());
                int[] key = new int[2 * dynamic];
                int k = 0;
                int f = foldedStart[r];
                for (int i = 0; i < reaction.reactants().length; i++) {
                    int s = reaction.reactants()[i];
                    if (stateIndex[s] < 0) {
                        foldedSpeciesIndex[f] = s;
                        foldedOrder[f] = reaction.orders()[i];
                        f++;
                    } else {
                        key[k++] = stateIndex[s];
                        key[k++] = reaction.orders()[i];
                    }
                }
                MonomialKey monomial = new MonomialKey(key);
                Integer known = monomialOf.get(monomial);
                if (known == null) {
                    known = monomials.size();
                    monomialOf.put(monomial, known);
                    monomials.add(monomial);
                }
                monomialOfReaction[r] = known;
            }
            int monomialCount = monomials.size();
            reactantStart = new int[monomialCount + 1];
            for (int m = 0; m < monomialCount; m++) {
                reactantStart[m + 1] = reactantStart[m] + monomials.get(m).pairs.length / 2;
            }
            reactantState = new int[reactantStart[monomialCount]];
            reactantOrder = new int[reactantStart[monomialCount]];
            for (int m = 0; m < monomialCount; m++) {
                int[] pairs = monomials.get(m).pairs;
                for (int i = 0; i < pairs.length / 2; i++) {
                    reactantState[reactantStart[m] + i] = pairs[2 * i];
                    reactantOrder[reactantStart[m] + i] = pairs[2 * i + 1];
                }
            }
            buildTerms(reactions, monomialOfReaction, monomialCount);
            buildJacobianSlots(monomialCount);
        }

        /** One term per (monomial, changed species); one contribution per (reaction, changed species). */
        private void buildTerms(List<ElementaryReaction> reactions, int[] monomialOfReaction, int monomialCount) {
            int count = reactions.size();
            List<Map<Integer, Integer>> termsOfMonomial = new ArrayList<>(monomialCount);
            for (int m = 0; m < monomialCount; m++) {
                termsOfMonomial.add(new java.util.TreeMap<>());
            }
            int contributions = 0;
            for (int r = 0; r < count; r++) {
                Map<Integer, Integer> terms = termsOfMonomial.get(monomialOfReaction[r]);
                for (int s : reactions.get(r).changed()) {
                    terms.putIfAbsent(stateIndex[s], 0);
                    contributions++;
                }
            }
            termStart = new int[monomialCount + 1];
            for (int m = 0; m < monomialCount; m++) {
                termStart[m + 1] = termStart[m] + termsOfMonomial.get(m).size();
            }
            termState = new int[termStart[monomialCount]];
            for (int m = 0; m < monomialCount; m++) {
                int t = termStart[m];
                for (Map.Entry<Integer, Integer> entry : termsOfMonomial.get(m).entrySet()) {
                    termState[t] = entry.getKey();
                    entry.setValue(t);
                    t++;
                }
            }
            contributionTerm = new int[contributions];
            contributionReaction = new int[contributions];
            contributionChange = new double[contributions];
            int c = 0;
            for (int r = 0; r < count; r++) {
                ElementaryReaction reaction = reactions.get(r);
                Map<Integer, Integer> terms = termsOfMonomial.get(monomialOfReaction[r]);
                for (int i = 0; i < reaction.changed().length; i++) {
                    contributionTerm[c] = terms.get(stateIndex[reaction.changed()[i]]);
                    contributionReaction[c] = r;
                    contributionChange[c] = reaction.changes()[i];
                    c++;
                }
            }
        }

        private void buildJacobianSlots(int monomialCount) {
            slotStart = new int[monomialCount + 1];
            for (int m = 0; m < monomialCount; m++) {
                slotStart[m + 1] = slotStart[m] + (reactantStart[m + 1] - reactantStart[m]) * (termStart[m + 1] - termStart[m]);
            }
            long[] keys = new long[slotStart[monomialCount]];
            int dimension = dynamicSpecies.size();
            int slot = 0;
            for (int m = 0; m < monomialCount; m++) {
                for (int q = reactantStart[m]; q < reactantStart[m + 1]; q++) {
                    for (int t = termStart[m]; t < termStart[m + 1]; t++) {
                        keys[slot++] = JacobianPattern.key(dimension, termState[t], reactantState[q]);
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

    /** A monomial's dynamic reactants as (state index, order) pairs in increasing state index. */
    private record MonomialKey(int[] pairs) {
        @Override
        public boolean equals(Object other) {
            return other instanceof MonomialKey key && Arrays.equals(pairs, key.pairs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(pairs);
        }
    }
}
