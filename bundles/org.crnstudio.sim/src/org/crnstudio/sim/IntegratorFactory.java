package org.crnstudio.sim;

import java.util.Locale;

import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.GraggBulirschStoerIntegrator;

/**
 * The one place integrators are made: from the compiled system, the plan's method and tolerances and the horizon
 * (the longest step allowed), a Hipparchus {@link AbstractIntegrator}, so step handlers, event detectors and
 * restarts between segments work the same with every method, plus the sentence that says which method runs.
 * <p>
 * {@link OdeMethod#AUTO} picks the stiff method ({@link OdeMethod#BDF}: it reuses its iteration matrix across steps
 * and beat Rodas4 on the simulation benchmarks, e.g. 4.3 s against 24 s CPU on the rate-independent MNIST network
 * and 13 ms against 38 ms on a one-pot XOR period at rtol 1e-8) when
 * {@code horizon * rho > }{@value #STIFFNESS_THRESHOLD}, rho being a Gershgorin bound of the Jacobian's spectral
 * radius (largest absolute row sum) taken at the initial state and at the state where every dynamic species is raised to the largest initial concentration (so that rates of
 * species that start at 0 count too): an explicit method would need more than about rho * horizon / 6 steps for
 * stability alone, while the stiff one's steps follow accuracy only.
 * <p>
 * A run with noise is cut into segments no longer than the noise's t0 (0.05 by default), each starting after a
 * jump of the rates or the state: AUTO judges stiffness over t0 ({@link #NOISE_STIFFNESS_THRESHOLD}) and picks
 * the lean resumable Dormand-Prince 5(4) when it is not stiff there, Rodas4 when it is (measured on the noisy
 * one-pot XOR training: BDF, restarting at order 1 after every jump, took 4 times Rodas4's steps).
 */
public final class IntegratorFactory {

    public static final double STIFFNESS_THRESHOLD = 1e4;
    /**
     * The threshold over one noise window t0: at t0 x bound = 30 the explicit method needs about 10 steps per
     * window for stability alone, about what Rodas4 takes there for accuracy at 4 to 5 times the cost per step.
     */
    public static final double NOISE_STIFFNESS_THRESHOLD = 30;

    private IntegratorFactory() {
    }

    /** An integrator ready to run, what it is called, and its counters. */
    public static final class ChosenIntegrator {
        private final AbstractIntegrator integrator;
        private final OdeMethod method;
        private final String description;
        private long steps;

        ChosenIntegrator(AbstractIntegrator integrator, OdeMethod method, String description) {
            this.integrator = integrator;
            this.method = method;
            this.description = description;
            // A step-end handler runs once per accepted step (step handlers also see event-split sub-steps).
            integrator.addStepEndHandler((state, forward) -> {
                steps++;
                return Action.CONTINUE;
            });
        }

        public AbstractIntegrator integrator() {
            return integrator;
        }

        /** The same integrator when it can resume across segments and run lean (the stiff methods); else null. */
        public ResumableIntegrator resumable() {
            return integrator instanceof ResumableIntegrator resumable ? resumable : null;
        }

        /** The method actually used (never AUTO). */
        public OdeMethod method() {
            return method;
        }

        /** For results and --stats: the method, its order and how it was chosen. */
        public String description() {
            return description;
        }

        /**
         * The counters so far (cumulative over every integrate call; a caller that clears the step-end handlers
         * loses the step count), with the caller's count of RHS evaluations through its ODE (the stiff method's
         * internal stage evaluations are added) and integration time.
         */
        public RunStatistics statistics(long rhsEvaluations, double seconds) {
            // The step-end handler sees the Hipparchus path's steps; a resumable integrator counts its lean ones.
            long accepted = steps + (integrator instanceof ResumableIntegrator resumable ? resumable.acceptedSteps() : 0);
            if (integrator instanceof StiffCounters counters) {
                return new RunStatistics(description, accepted, counters.rejectedSteps(),
                        rhsEvaluations + counters.stageEvaluations(),
                        counters.jacobianEvaluations(), counters.factorizations(), seconds);
            }
            return new RunStatistics(description, accepted, -1, rhsEvaluations, 0, 0, seconds);
        }
    }

    /** The integrator for the plan's method (AUTO resolved for this system), with maximal step {@code horizon}. */
    public static ChosenIntegrator create(MassActionSystem system, SimulationPlan plan, double horizon) {
        OdeMethod method = plan.method();
        String how;
        if (method == OdeMethod.AUTO && plan.noise() != null) {
            // No segment of a noisy run outlasts t0: stiffness is judged over t0, and the methods are the one-step
            // ones that resume best after the jumps at every window's ends.
            double stiffness = stiffnessIndicator(system, Math.min(horizon, plan.noise().t0()));
            boolean stiff = stiffness > NOISE_STIFFNESS_THRESHOLD;
            method = stiff ? OdeMethod.RODAS4 : OdeMethod.DORMAND_PRINCE_54;
            how = String.format(Locale.ROOT, "ode, chosen automatically (noise: segments of at most t0; %s:"
                    + " t0 x Jacobian bound = %.3g %s %.0f)", stiff ? "stiff" : "not stiff", stiffness,
                    stiff ? ">" : "<=", NOISE_STIFFNESS_THRESHOLD);
        } else if (method == OdeMethod.AUTO) {
            double stiffness = stiffnessIndicator(system, horizon);
            method = stiffness > STIFFNESS_THRESHOLD ? OdeMethod.BDF : OdeMethod.DORMAND_PRINCE;
            how = String.format(Locale.ROOT, "ode, chosen automatically (%s: horizon x Jacobian bound = %.3g %s %.0e)",
                    method.isStiff() ? "stiff" : "not stiff", stiffness, method.isStiff() ? ">" : "<=",
                    STIFFNESS_THRESHOLD);
        } else {
            how = "ode(method = " + method.word() + ")";
        }
        double atol = plan.absoluteTolerance();
        double rtol = plan.relativeTolerance();
        AbstractIntegrator integrator = switch (method) {
            case DORMAND_PRINCE -> new DormandPrince853Integrator(0.0, horizon, atol, rtol);
            case DORMAND_PRINCE_54 -> new LeanDormandPrince54Integrator(system, horizon, atol, rtol);
            case GRAGG_BULIRSCH_STOER -> new GraggBulirschStoerIntegrator(0.0, horizon, atol, rtol);
            case ROS23 -> new RosenbrockIntegrator(system, horizon, atol, rtol);
            case BDF -> new BdfIntegrator(system, horizon, atol, rtol);
            case RODAS4, AUTO -> new Rodas4Integrator(system, horizon, atol, rtol);
        };
        String detail = integrator instanceof Rodas4Integrator rodas ? " (" + rodas.blockSummary() + ")"
                : integrator instanceof BdfIntegrator bdf ? " (" + bdf.blockSummary() + ")" : "";
        String description = how + ": " + integrator.getName() + detail + ", adaptive, rtol " + rtol + ", atol " + atol;
        return new ChosenIntegrator(integrator, method, description);
    }

    /** horizon times the larger Gershgorin bound of the Jacobian at the initial state and at a raised state. */
    static double stiffnessIndicator(MassActionSystem system, double horizon) {
        int n = system.dimension();
        if (n == 0) {
            return 0;
        }
        double[] state = system.initialState();
        double[] values = new double[system.jacobianPattern().nonZeros()];
        double bound = rowSumBound(system, state, values);
        double largest = 0;
        for (double value : state) {
            largest = Math.max(largest, value);
        }
        double raised = largest > 0 ? largest : 1.0;
        for (int i = 0; i < n; i++) {
            state[i] = Math.max(state[i], raised);
        }
        bound = Math.max(bound, rowSumBound(system, state, values));
        return bound * horizon;
    }

    private static double rowSumBound(MassActionSystem system, double[] state, double[] values) {
        system.jacobianValues(state, values);
        JacobianPattern pattern = system.jacobianPattern();
        double bound = 0;
        for (int row = 0; row < system.dimension(); row++) {
            double sum = 0;
            for (int e = pattern.rowStart(row); e < pattern.rowStart(row + 1); e++) {
                sum += Math.abs(values[e]);
            }
            bound = Math.max(bound, sum);
        }
        return bound;
    }
}
