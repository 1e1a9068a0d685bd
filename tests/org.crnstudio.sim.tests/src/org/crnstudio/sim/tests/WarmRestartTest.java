package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.sim.IntegratorFactory;
import org.crnstudio.sim.MassActionSystem;
import org.crnstudio.sim.NoiseSettings;
import org.crnstudio.sim.OdeMethod;
import org.crnstudio.sim.OdeSession;
import org.crnstudio.sim.ResumableIntegrator;
import org.crnstudio.sim.RunStatistics;
import org.crnstudio.sim.SegmentStart;
import org.crnstudio.sim.SimulationPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Warm segment starts ({@link ResumableIntegrator}): runs of many short segments whose boundaries change a folded
 * catalyst, the rate factors (noise) or the state itself, against their piecewise closed forms and against the
 * same run restarted cold at every boundary.
 */
class WarmRestartTest {

    private static final double K = 0.7;
    private static final double SEGMENT = 0.02;
    private static final int SEGMENTS = 400;

    /** A + C -> B + C @ 0.7 with C folded (a catalyst): A' = -0.7 C A, so A = A0 exp(-0.7 integral of C). */
    private static ReactionNetwork catalysed() {
        return crn("Switched").species("A", 1).species("B", 0).species("C", 1).reaction("A + C -> B + C", K).build();
    }

    /** The catalyst of segment i: 0.5, 0.875, ..., 2 in a fixed pattern (every boundary changes it). */
    private static double catalyst(int segment) {
        return 0.5 + 1.5 * ((segment * 7) % 5) / 4.0;
    }

    @ParameterizedTest
    @EnumSource(value = OdeMethod.class, names = { "BDF", "RODAS4", "DORMAND_PRINCE_54" })
    void switchingCatalystAndStateJumpsFollowTheClosedFormAcrossHundredsOfWarmStarts(OdeMethod method) {
        OdeSession session = OdeSession.start(SimulationPlan.forNetwork(catalysed(), 1e3).withMethod(method)
                .withTolerances(1e-9, 1e-14));
        double exactA = 1;
        double total = 1;
        for (int i = 0; i < SEGMENTS; i++) {
            session.set("C", catalyst(i));
            if (i % 50 == 49) {
                // A jump of the state: a dynamic species set (A + B is no longer 1 from here).
                total += 0.5 - session.concentration("A");
                session.set("A", 0.5);
                exactA = 0.5;
            }
            session.advance(SEGMENT);
            exactA *= Math.exp(-K * catalyst(i) * SEGMENT);
            double a = session.concentration("A");
            assertEquals(exactA, a, 1e-7 * exactA, method + ": A after segment " + i);
            assertEquals(total, a + session.concentration("B"), 1e-12, method + ": A + B after segment " + i);
        }
        assertEquals(SEGMENTS, session.segments());
    }

    /** The same segments as above on the integrator itself, every boundary started as {@code start}. */
    private static double[] run(OdeMethod method, SegmentStart start, long[] steps) {
        ReactionNetwork network = catalysed();
        SimulationPlan plan = SimulationPlan.forNetwork(network, 1e3).withMethod(method).withTolerances(1e-9, 1e-14);
        MassActionSystem system = MassActionSystem.compile(network);
        int c = network.getSpecies().indexOf(network.getSpecies().stream()
                .filter(s -> s.getName().equals("C")).findFirst().orElseThrow());
        IntegratorFactory.ChosenIntegrator chosen = IntegratorFactory.create(system, plan, 1e3);
        ResumableIntegrator integrator = chosen.resumable();
        double[] state = system.initialState();
        double t = 0;
        for (int i = 0; i < SEGMENTS; i++) {
            system.setFoldedConcentration(c, catalyst(i));
            integrator.nextSegment(i == 0 ? SegmentStart.COLD : start);
            double end = t + SEGMENT;
            assertEquals(end, integrator.integrateInPlace(t, state, end, ResumableIntegrator.StepObserver.NONE));
            t = end;
        }
        RunStatistics statistics = chosen.statistics(0, 0);
        steps[0] = statistics.steps();
        steps[1] = statistics.jacobianEvaluations();
        return state;
    }

    @ParameterizedTest
    @EnumSource(value = OdeMethod.class, names = { "BDF", "RODAS4", "DORMAND_PRINCE_54" })
    void leanPathRefusesBackwardTimeAndAStateOfTheWrongSizeSayingWhatItTakes(OdeMethod method) {
        ReactionNetwork network = catalysed();
        MassActionSystem system = MassActionSystem.compile(network);
        SimulationPlan plan = SimulationPlan.forNetwork(network, 1).withMethod(method);
        ResumableIntegrator integrator = IntegratorFactory.create(system, plan, 1).resumable();
        double[] state = system.initialState();
        String backward = assertThrows(IllegalArgumentException.class,
                () -> integrator.integrateInPlace(1, state, 0.5, ResumableIntegrator.StepObserver.NONE)).getMessage();
        assertTrue(backward.contains("forward in time") && backward.contains("t = 1.0 to t = 0.5"), backward);
        String size = assertThrows(IllegalArgumentException.class, () -> integrator.integrateInPlace(0,
                new double[state.length + 1], 1, ResumableIntegrator.StepObserver.NONE)).getMessage();
        assertTrue(size.contains("the " + state.length + " dynamic species") && size.contains("a state of "
                + (state.length + 1)), size);
    }

    @ParameterizedTest
    @EnumSource(value = OdeMethod.class, names = { "BDF", "RODAS4", "DORMAND_PRINCE_54" })
    void warmStartsAgreeWithColdStartsAndTakeFewerSteps(OdeMethod method) {
        long[] coldSteps = new long[2];
        long[] warmSteps = new long[2];
        double[] cold = run(method, SegmentStart.COLD, coldSteps);
        double[] warm = run(method, SegmentStart.CONTINUOUS, warmSteps);
        double integral = 0;
        for (int i = 0; i < SEGMENTS; i++) {
            integral += catalyst(i) * SEGMENT;
        }
        double exact = Math.exp(-K * integral);
        // 400 restarts at rtol 1e-9: the global error stays within 2e-7 relative either way.
        assertEquals(exact, cold[0], 2e-7 * exact, method + " cold");
        assertEquals(exact, warm[0], 2e-7 * exact, method + " warm");
        assertEquals(cold[0], warm[0], 2e-7 * exact, method + ": warm against cold");
        if (method == OdeMethod.BDF) {
            // BDF restarts at order 1 either way (f jumped), so its steps are equal up to the step controller's
            // rounding-level choices (measured 10,343 against 10,313 and 10,416 against 10,381 after changes that
            // only moved round-off); what a warm start saves is the Jacobians.
            assertTrue(warmSteps[0] < 1.01 * coldSteps[0], method + ": " + warmSteps[0] + " warm steps, " + coldSteps[0]
                    + " cold");
            // Cold: a Jacobian per segment; warm: the iteration matrix is kept while Newton converges with it (here
            // the catalyst changes the Jacobian by up to 4 times at each boundary, so it often does not).
            assertTrue(warmSteps[1] < coldSteps[1], warmSteps[1] + " warm Jacobians, " + coldSteps[1] + " cold");
        } else {
            assertTrue(warmSteps[0] < coldSteps[0], method + ": " + warmSteps[0] + " warm steps, " + coldSteps[0] + " cold");
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdeMethod.class, names = { "BDF", "RODAS4", "DORMAND_PRINCE_54" })
    void rateNoiseWindowsFollowTheClosedFormOfTheirFactors(OdeMethod method) {
        // A -> 0 @ 1 under rate noise (eps 0.3, windows of 0.005 every 0.05): A = exp(-integral of the factor),
        // the factor of each segment read off the session where it starts.
        ReactionNetwork network = crn("Decay").species("A", 1).reaction("A -> 0", 1).build();
        OdeSession session = OdeSession.start(SimulationPlan.forNetwork(network, 1e3).withMethod(method)
                .withTolerances(1e-10, 1e-14)
                .withNoise(new NoiseSettings(0.3, 0.05, 0.005, true, List.of(), 0)).withSeed(7));
        double integral = 0;
        double t = 0;
        int windows = 200;
        int noisy = 0;
        for (int k = 0; k < windows; k++) {
            for (double end : new double[] { k * 0.05 + 0.005, (k + 1) * 0.05 }) {
                double factor = session.rateFactors()[0];
                noisy += factor != 1.0 ? 1 : 0;
                session.advanceTo(end);
                integral += factor * (end - t);
                t = end;
            }
            double exact = Math.exp(-integral);
            assertEquals(exact, session.concentration("A"), 1e-8 * exact, method + " after window " + k);
        }
        assertEquals(windows, noisy, "every window's factor differs from 1");
        RunStatistics statistics = session.statistics();
        assertTrue(statistics.steps() >= 2 * windows, statistics.describe());
    }

    @Test
    void noisyRunsJudgeStiffnessOverOneWindowAndPickAResumableOneStepMethod() {
        NoiseSettings noise = new NoiseSettings(0.1, 0.05, 0.005, true, List.of(), 0);
        // Rate 1 over t0 = 0.05: not stiff, the lean explicit method; Robertson's 3e7 is stiff over any window.
        ReactionNetwork slow = crn("Decay").species("A", 1).reaction("A -> 0", 1).build();
        String explicit = OdeSession.start(SimulationPlan.forNetwork(slow, 1e3).withNoise(noise)).method();
        assertTrue(explicit.contains("Dormand-Prince 5 (4)") && explicit.contains("noise"), explicit);
        ReactionNetwork robertson = crn("Robertson").species("A", 1).species("B", 0).species("C", 0)
                .reaction("A -> B", 0.04).reaction("B + C -> A + C", 1e4).reaction("2 B -> B + C", 3e7).build();
        String stiff = OdeSession.start(SimulationPlan.forNetwork(robertson, 1e3).withNoise(noise)).method();
        assertTrue(stiff.contains("Rodas4"), stiff);
        String plain = OdeSession.start(SimulationPlan.forNetwork(robertson, 1e3)).method();
        assertTrue(plain.contains("BDF"), "without noise AUTO keeps BDF for stiff runs: " + plain);
    }
}
