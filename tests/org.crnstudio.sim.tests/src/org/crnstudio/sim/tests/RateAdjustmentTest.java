package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.MassActionSystem;
import org.junit.jupiter.api.Test;

/** Rate factors and re-folded species change the effective rate constants exactly as mass action says. */
class RateAdjustmentTest {

    // Species order: A, C1, C2, B. Reactions: A + C1 -> B + C1 @ 2 (folded clock C1), B <-> A @ 0.5, 0.25,
    // 2 A + 2 C2 -> B + 2 C2 @ 3 (folded C2, order 2).
    private static ReactionNetwork clocked() {
        return crn("Clocked").species("A", 1).species("C1", 0.5).species("C2", 0).species("B", 0.2)
                .reaction("A + C1 -> B + C1", 2).reversible("B <-> A", 0.5, 0.25).reaction("2 A + 2 C2 -> B + 2 C2", 3)
                .build();
    }

    @Test
    void rateFactorsScaleEachNetworkReactionAndBothDirectionsOfAReversibleOne() {
        MassActionSystem system = MassActionSystem.compile(clocked());
        assertEquals(4, system.reactionCount());
        assertArrayEquals(new double[] { 2 * 0.5, 0.5, 0.25, 0 }, rates(system), 1e-15);
        system.setRateFactors(new double[] { 0, 3, 1 });
        assertArrayEquals(new double[] { 0, 1.5, 0.75, 0 }, rates(system), 1e-15);
        // Factors replace the earlier ones, they do not accumulate.
        system.setRateFactors(new double[] { 2, 1, 1 });
        assertArrayEquals(new double[] { 2 * 2 * 0.5, 0.5, 0.25, 0 }, rates(system), 1e-15);
        assertArrayEquals(new double[] { 2, 1, 1 }, system.rateFactors());
    }

    @Test
    void refoldedClockSpeciesChangesTheRatesToTheirOrder() {
        MassActionSystem system = MassActionSystem.compile(clocked());
        int c1 = 1;
        int c2 = 2;
        system.setFoldedConcentration(c1, 0);
        system.setFoldedConcentration(c2, 1.5);
        assertArrayEquals(new double[] { 0, 0.5, 0.25, 3 * 1.5 * 1.5 }, rates(system), 1e-15);
        system.setRateFactors(new double[] { 1, 1, 0.5 });
        assertArrayEquals(new double[] { 0, 0.5, 0.25, 0.5 * 3 * 2.25 }, rates(system), 1e-15);
        assertEquals(1.5, system.foldedConcentration(c2));
        double[] all = new double[4];
        system.concentrations(system.initialState(), all);
        assertArrayEquals(new double[] { 1, 0, 1.5, 0.2 }, all, "the reported concentrations follow the re-folding");
        // dx/dt by hand at A = 1, B = 0.2: A: -0.5*3*2.25*2 (order 2, loses 2) + 0.5*0.2 - 0.25*1; B: the opposite
        // of the reversible pair plus 0.5*3*2.25.
        double[] derivatives = new double[2];
        system.derivatives(system.initialState(), derivatives);
        double flux = 0.5 * 3 * 2.25;
        assertArrayEquals(new double[] { -2 * flux + 0.1 - 0.25, flux - 0.1 + 0.25 }, derivatives, 1e-14);
    }

    @Test
    void dynamicSpeciesAndInvalidValuesAreRefused() {
        MassActionSystem system = MassActionSystem.compile(clocked());
        assertThrows(IllegalArgumentException.class, () -> system.setFoldedConcentration(0, 1));
        assertThrows(IllegalArgumentException.class, () -> system.setFoldedConcentration(1, -1));
        assertThrows(IllegalArgumentException.class, () -> system.setRateFactors(new double[] { 1, 1 }));
        assertThrows(IllegalArgumentException.class, () -> system.setRateFactors(new double[] { 1, Double.NaN, 1 }));
    }

    private static double[] rates(MassActionSystem system) {
        double[] rates = new double[system.reactionCount()];
        for (int r = 0; r < rates.length; r++) {
            rates[r] = system.rateConstant(r);
        }
        return rates;
    }
}
