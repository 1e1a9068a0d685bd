package org.crnstudio.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Tau-leaping with the step selection of Cao, Gillespie and Petzold (J. Chem. Phys. 124, 044109 (2006)):
 * <ol>
 * <li>reactions that could exhaust a reactant within {@value #CRITICAL_FIRINGS} firings are critical;</li>
 * <li>the leap tau' bounds the expected and the standard deviation of each reactant's change by
 * max(epsilon X_i / g_i, 1), g_i from the highest-order reaction the species is a reactant of;</li>
 * <li>when tau' is below {@value #EXACT_THRESHOLD} / a0 a leap gains nothing: {@value #EXACT_STEPS} exact
 * (direct-method) steps are taken instead;</li>
 * <li>otherwise the non-critical reactions fire Poisson(a_j tau) times and at most one critical reaction fires (when
 * its exponential time tau'' comes first); a leap that would make a population negative is rejected and tau'
 * halved.</li>
 * </ol>
 * A leap never crosses the time the run is advanced to (an output time, or a scheduled event's time), so outputs
 * are states at their times and events happen at theirs.
 * g_i for a reactant needed m times in a reaction of order n is (n / m) sum_{k<m} X / (X - k), which is the paper's
 * table for orders up to 3 and its natural extension beyond; the largest over the species' reactions is used.
 */
final class TauLeapingMethod extends StochasticRun {

    static final int CRITICAL_FIRINGS = 10;
    static final double EXACT_THRESHOLD = 10;
    static final int EXACT_STEPS = 100;

    private final double epsilon;
    /** Per dynamic species, the (order, coefficient) pairs of the reactions it is a reactant of (CSR). */
    private final int[] reactantOfStart;
    private final int[] reactantOfOrder;
    private final int[] reactantOfCoefficient;
    private final boolean[] critical;
    private final double[] drift;
    private final double[] variance;
    /** The counts a leap would give, checked before they are accepted. */
    private final long[] trial;

    TauLeapingMethod(StochasticSystem system, long seed, double epsilon, ScheduledEvents events) {
        super(system, seed, events);
        this.epsilon = epsilon;
        int species = system.dimension();
        List<List<int[]>> pairs = new ArrayList<>();
        for (int i = 0; i < species; i++) {
            pairs.add(new ArrayList<>());
        }
        for (int r = 0; r < system.reactionCount(); r++) {
            for (int p = system.reactantStart(r); p < system.reactantStart(r + 1); p++) {
                pairs.get(system.reactantState(p)).add(new int[] {system.reactionOrder(r), system.reactantOrder(p)});
            }
        }
        reactantOfStart = new int[species + 1];
        for (int i = 0; i < species; i++) {
            reactantOfStart[i + 1] = reactantOfStart[i] + pairs.get(i).size();
        }
        reactantOfOrder = new int[reactantOfStart[species]];
        reactantOfCoefficient = new int[reactantOfStart[species]];
        for (int i = 0; i < species; i++) {
            for (int k = 0; k < pairs.get(i).size(); k++) {
                reactantOfOrder[reactantOfStart[i] + k] = pairs.get(i).get(k)[0];
                reactantOfCoefficient[reactantOfStart[i] + k] = pairs.get(i).get(k)[1];
            }
        }
        critical = new boolean[system.reactionCount()];
        drift = new double[species];
        variance = new double[species];
        trial = new long[species];
    }

    @Override
    boolean advanceWithin(double target, BooleanSupplier canceled) {
        while (time < target) {
            refreshAll();
            double total = totalPropensity();
            if (!(total > 0)) {
                time = target;
                return true;
            }
            markCritical();
            double leapBound = leapBound();
            boolean leapt = false;
            while (!leapt && leapBound >= EXACT_THRESHOLD / total) {
                leapt = tryLeap(leapBound, target);
                leapBound /= 2;
            }
            if (!leapt) {
                for (int step = 0; step < EXACT_STEPS && directStep(target); step++) {
                    // exact steps until the leap pays again (or the target is reached)
                }
            }
            if (checkCanceled(canceled)) {
                return false;
            }
        }
        time = target;
        return true;
    }

    /** Critical: could run out of a reactant within CRITICAL_FIRINGS firings. */
    private void markCritical() {
        for (int r = 0; r < critical.length; r++) {
            critical[r] = false;
            if (propensities[r] > 0) {
                for (int c = system.changeStart(r); c < system.changeStart(r + 1); c++) {
                    int change = system.changeAmount(c);
                    if (change < 0 && state[system.changeState(c)] / -change < CRITICAL_FIRINGS) {
                        critical[r] = true;
                        break;
                    }
                }
            }
        }
    }

    /** tau' of equation (33) over the non-critical reactions; infinity when none can fire. */
    private double leapBound() {
        Arrays.fill(drift, 0);
        Arrays.fill(variance, 0);
        for (int r = 0; r < critical.length; r++) {
            if (critical[r] || !(propensities[r] > 0)) {
                continue;
            }
            for (int c = system.changeStart(r); c < system.changeStart(r + 1); c++) {
                int change = system.changeAmount(c);
                drift[system.changeState(c)] += change * propensities[r];
                variance[system.changeState(c)] += (double) change * change * propensities[r];
            }
        }
        double bound = Double.POSITIVE_INFINITY;
        for (int i = 0; i < drift.length; i++) {
            if (reactantOfStart[i] == reactantOfStart[i + 1] || (drift[i] == 0 && variance[i] == 0)) {
                continue; // not a reactant, or no non-critical reaction moves it
            }
            double allowed = Math.max(epsilon * state[i] / g(i), 1);
            if (drift[i] != 0) {
                bound = Math.min(bound, allowed / Math.abs(drift[i]));
            }
            if (variance[i] > 0) {
                bound = Math.min(bound, allowed * allowed / variance[i]);
            }
        }
        return bound;
    }

    private double g(int species) {
        double count = state[species];
        double largest = 1;
        for (int k = reactantOfStart[species]; k < reactantOfStart[species + 1]; k++) {
            int order = reactantOfOrder[k];
            int coefficient = reactantOfCoefficient[k];
            double sum = 0;
            for (int j = 0; j < coefficient; j++) {
                sum += count / Math.max(count - j, 1);
            }
            largest = Math.max(largest, (double) order / coefficient * sum);
        }
        return largest;
    }

    /**
     * One leap of at most leapBound, at most up to target: false (state untouched) when it would make a population
     * negative.
     */
    private boolean tryLeap(double leapBound, double target) {
        double criticalTotal = 0;
        for (int r = 0; r < critical.length; r++) {
            if (critical[r]) {
                criticalTotal += propensities[r];
            }
        }
        double criticalTime = criticalTotal > 0 ? exponential(criticalTotal) : Double.POSITIVE_INFINITY;
        double tau = Math.min(leapBound, target - time);
        int criticalFiring = -1;
        if (criticalTime < tau) {
            tau = criticalTime;
            criticalFiring = chooseCritical(criticalTotal * random.nextDouble());
        }
        System.arraycopy(state, 0, trial, 0, state.length);
        long fired = 0;
        for (int r = 0; r < critical.length; r++) {
            long times = critical[r] ? (r == criticalFiring ? 1 : 0) : PoissonSampler.sample(random, propensities[r] * tau);
            if (times > 0) {
                system.fire(r, times, trial);
                fired += times;
            }
        }
        for (long count : trial) {
            if (count < 0) {
                return false;
            }
        }
        System.arraycopy(trial, 0, state, 0, state.length);
        time = tau == target - time ? target : time + tau;
        firings += fired;
        leaps++;
        return true;
    }

    private int chooseCritical(double point) {
        double sum = 0;
        int last = -1;
        for (int r = 0; r < critical.length; r++) {
            if (critical[r] && propensities[r] > 0) {
                sum += propensities[r];
                last = r;
                if (point < sum) {
                    return r;
                }
            }
        }
        return last;
    }
}
