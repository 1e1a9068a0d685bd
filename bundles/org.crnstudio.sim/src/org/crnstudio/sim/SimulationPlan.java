package org.crnstudio.sim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.model.Assignment;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;

/**
 * What a run does, checked and resolved (the ode method's options here; ssa's in {@link StochasticOptions}, and
 * {@link SimulationRunner} picks the engine): the network, every species' initial concentration
 * (after inputs and set), the end (a time, or a steady state within a horizon), the output grid, the tolerances
 * and the series to record, and what happens between integration segments ({@link OdeSession}): timed changes
 * ({@link TimedChange}), a clock ({@link ClockSchedule}), noise ({@link NoiseSettings}) and its seed. Immutable:
 * the with... methods return changed copies.
 * <p>
 * Defaults: relative tolerance {@value #DEFAULT_RELATIVE_TOLERANCE}, absolute tolerance
 * {@value #DEFAULT_ABSOLUTE_TOLERANCE}, {@value #DEFAULT_OUTPUT_INTERVALS} output intervals, and for
 * {@code until steady(tol)} without an end time a horizon of {@value #DEFAULT_STEADY_HORIZON} time units.
 * <p>
 * Options of {@code method ode(...)}: {@code rtol}, {@code atol} (tolerances, per component: error below
 * atol + rtol |x|); {@code stiff} (the default stiff method, Rodas4 with a sparse LU; {@code stiff = false} the
 * explicit Dormand-Prince 8(5,3)); {@code nonstiff} (the explicit one); {@code method = word} with a word of
 * {@link OdeMethod}: auto, dormand_prince, dormand_prince54, gragg_bulirsch_stoer, rosenbrock (Rodas4), ros23, bdf.
 * Without any of these the method is {@link OdeMethod#AUTO}: {@link IntegratorFactory} chooses, and the result says
 * which it used.
 */
public final class SimulationPlan {

    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-8;
    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 1e-10;
    public static final int DEFAULT_OUTPUT_INTERVALS = 500;
    public static final double DEFAULT_STEADY_HORIZON = 1000;
    /** The settling band of a timed run (a steady-state run uses its tolerance). */
    public static final double DEFAULT_SETTLING_BAND = 1e-6;
    /** The ode method's options. */
    public static final List<String> ODE_OPTIONS = List.of("rtol", "atol", "stiff", "nonstiff", "method");

    private final String name;
    private final int line;
    private final ReactionNetwork network;
    private final double[] initialConcentrations;
    /** End time of 'until T'; NaN when the run ends at a steady state within the default horizon. */
    private final double endTime;
    /** Tolerance of 'until steady(tol)'; NaN when the run ends at endTime. */
    private final double steadyTolerance;
    private final int outputIntervals;
    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final OdeMethod method;
    private final List<String> series;
    private final Events events;

    /** What happens between integration segments: timed changes, a clock, noise and its seed. */
    private record Events(List<TimedChange> changes, ClockSchedule clock, NoiseSettings noise, long seed) {
        static final Events NONE = new Events(List.of(), null, null, NoiseSettings.DEFAULT_SEED);
    }

    private SimulationPlan(String name, int line, ReactionNetwork network, double[] initialConcentrations,
            double endTime, double steadyTolerance, int outputIntervals, double relativeTolerance,
            double absoluteTolerance, OdeMethod method, List<String> series, Events events) {
        this.name = name;
        this.line = line;
        this.network = network;
        this.initialConcentrations = initialConcentrations;
        this.endTime = endTime;
        this.steadyTolerance = steadyTolerance;
        this.outputIntervals = outputIntervals;
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.method = method;
        this.series = series;
        this.events = events;
    }

    /** A plan for running a network from its declared initial concentrations to endTime, all series. */
    public static SimulationPlan forNetwork(ReactionNetwork network, double endTime) {
        checkNetwork(network, 0);
        double[] initial = network.getSpecies().stream().mapToDouble(Species::getInitial).toArray();
        SimulationPlan plan = new SimulationPlan(network.getName(), network.getLine(), network, initial, Double.NaN,
                Double.NaN, DEFAULT_OUTPUT_INTERVALS, DEFAULT_RELATIVE_TOLERANCE, DEFAULT_ABSOLUTE_TOLERANCE, OdeMethod.AUTO,
                List.of(), Events.NONE);
        checkInitials(plan);
        return plan.withEndTime(endTime);
    }

    /** Reads a simulation declaration: a SimulationException names what is wrong and where. */
    public static SimulationPlan of(Simulation simulation) {
        ReactionNetwork network = simulation.getNetwork();
        if (network == null || network.eIsProxy()) {
            throw new SimulationException("simulation " + simulation.getName()
                    + " names no known reaction network: write 'of <crn name>'", simulation.getLine());
        }
        checkNetwork(network, simulation.getLine());
        double[] initial = network.getSpecies().stream().mapToDouble(Species::getInitial).toArray();
        for (Assignment input : simulation.getInputs()) {
            applyInput(network, input, initial);
        }
        for (Assignment setting : simulation.getSettings()) {
            applySetting(network, setting, initial);
        }
        rejectUnavailable(simulation);
        double relative = DEFAULT_RELATIVE_TOLERANCE;
        double absolute = DEFAULT_ABSOLUTE_TOLERANCE;
        OdeMethod odeMethod = OdeMethod.AUTO;
        MethodCall method = simulation.getMethod();
        if (method != null && "ode".equals(method.getName())) { // ssa's options: StochasticOptions
            for (Option option : method.getOptions()) {
                switch (option.getName() == null ? "" : option.getName()) {
                    case "rtol" -> relative = positive(option, "the relative tolerance rtol");
                    case "atol" -> absolute = positive(option, "the absolute tolerance atol");
                    case "stiff" -> odeMethod = isOn(option) ? OdeMethod.RODAS4 : OdeMethod.DORMAND_PRINCE;
                    case "nonstiff" -> odeMethod = isOn(option) ? OdeMethod.DORMAND_PRINCE : OdeMethod.RODAS4;
                    case "method" -> odeMethod = methodWord(option);
                    default -> throw new SimulationException("method ode has no option '" + option.getName()
                            + "': valid options are " + String.join(", ", ODE_OPTIONS), lineOf(option, simulation));
                }
            }
        }
        SimulationPlan plan = new SimulationPlan(simulation.getName(), simulation.getLine(), network, initial,
                Double.NaN, Double.NaN, DEFAULT_OUTPUT_INTERVALS, relative, absolute, odeMethod, List.of(),
                Events.NONE);
        checkInitials(plan);
        if (simulation.getOutputPoints() < 1) {
            throw new SimulationException("simulation " + simulation.getName() + " asks for "
                    + simulation.getOutputPoints() + " output points: 'points N' needs N >= 1", simulation.getLine());
        }
        plan = plan.withOutputIntervals(simulation.getOutputPoints());
        if (simulation.isUntilSteady()) {
            if (simulation.getEndTime() > 0) {
                plan = plan.withEndTime(simulation.getEndTime());
            }
            plan = plan.withSteadyState(simulation.getSteadyTolerance());
        } else if (simulation.getEndTime() > 0 && Double.isFinite(simulation.getEndTime())) {
            plan = plan.withEndTime(simulation.getEndTime());
        } else {
            throw new SimulationException("simulation " + simulation.getName() + " has no valid end: write 'until T'"
                    + " with a time T > 0, or 'until steady(tol)'", simulation.getLine());
        }
        plan = plan.withSeries(simulation.getObserved());
        return SimulationEvents.read(simulation, plan);
    }

    public SimulationPlan withEndTime(double time) {
        if (!(time > 0) || !Double.isFinite(time)) {
            throw new SimulationException("end time " + time + " of " + name + " is not valid: it must be a finite"
                    + " time > 0", line);
        }
        return copy(time, steadyTolerance, outputIntervals, relativeTolerance, absoluteTolerance, series);
    }

    /** Stop as soon as every derivative is below tol in absolute value (at the latest at the end time). */
    public SimulationPlan withSteadyState(double tol) {
        if (!(tol > 0) || !Double.isFinite(tol)) {
            throw new SimulationException("steady-state tolerance " + tol + " of " + name + " is not valid: it must"
                    + " be > 0", line);
        }
        return copy(endTime, tol, outputIntervals, relativeTolerance, absoluteTolerance, series);
    }

    public SimulationPlan withOutputIntervals(int intervals) {
        if (intervals < 1) {
            throw new SimulationException("output intervals " + intervals + " of " + name + " are not valid: at"
                    + " least 1", line);
        }
        return copy(endTime, steadyTolerance, intervals, relativeTolerance, absoluteTolerance, series);
    }

    public SimulationPlan withTolerances(double rtol, double atol) {
        if (!(rtol > 0) || !(atol > 0) || !Double.isFinite(rtol) || !Double.isFinite(atol)) {
            throw new SimulationException("tolerances rtol = " + rtol + ", atol = " + atol + " of " + name
                    + " are not valid: both must be finite and > 0", line);
        }
        return copy(endTime, steadyTolerance, outputIntervals, rtol, atol, series);
    }

    /** The series to record, species or observables; empty: every species, then every observable. */
    public SimulationPlan withSeries(List<String> seriesNames) {
        List<String> valid = validSeries();
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String seriesName : seriesNames) {
            if (!valid.contains(seriesName)) {
                throw new SimulationException("'" + seriesName + "' is neither a species nor an observable of network "
                        + network.getName() + ": valid series are " + String.join(", ", valid), line);
            }
            chosen.add(seriesName);
        }
        return copy(endTime, steadyTolerance, outputIntervals, relativeTolerance, absoluteTolerance,
                List.copyOf(chosen));
    }

    /**
     * Use the default stiff method (what ode(stiff) asks for: {@link OdeMethod#RODAS4}), or the default explicit one
     * ({@link OdeMethod#DORMAND_PRINCE}, what ode(stiff = false) and ode(nonstiff) ask for).
     */
    public SimulationPlan withStiff(boolean stiffMethod) {
        return withMethod(stiffMethod ? OdeMethod.RODAS4 : OdeMethod.DORMAND_PRINCE);
    }

    /** Use the given integrator; {@link OdeMethod#AUTO} (the default) lets {@link IntegratorFactory} choose. */
    public SimulationPlan withMethod(OdeMethod odeMethod) {
        return new SimulationPlan(name, line, network, initialConcentrations, endTime, steadyTolerance,
                outputIntervals, relativeTolerance, absoluteTolerance, odeMethod, series, events);
    }

    /**
     * Changes at given times (sorted by time; changes at the same time keep their order). Times must lie in
     * [0, end time], species and values must be valid; a phase must be one of the network's phases (or
     * {@value PhaseGate#NO_PHASE}).
     */
    public SimulationPlan withChanges(List<TimedChange> changes) {
        List<TimedChange> sorted = changes.stream().sorted(java.util.Comparator.comparingDouble(TimedChange::time))
                .toList();
        SimulationPlan plan = withEvents(new Events(sorted, events.clock(), events.noise(), events.seed()));
        SimulationEvents.check(plan);
        return plan;
    }

    /** A periodic clock over phases (null: none). */
    public SimulationPlan withClock(ClockSchedule clock) {
        SimulationPlan plan = withEvents(new Events(events.changes(), clock, events.noise(), events.seed()));
        SimulationEvents.check(plan);
        return plan;
    }

    /** Noise on rates and species (null: none). */
    public SimulationPlan withNoise(NoiseSettings noise) {
        SimulationPlan plan = withEvents(new Events(events.changes(), events.clock(), noise, events.seed()));
        SimulationEvents.check(plan);
        return plan;
    }

    /** The seed of the noise draws. */
    public SimulationPlan withSeed(long seed) {
        return withEvents(new Events(events.changes(), events.clock(), events.noise(), seed));
    }

    private SimulationPlan withEvents(Events newEvents) {
        return new SimulationPlan(name, line, network, initialConcentrations, endTime, steadyTolerance,
                outputIntervals, relativeTolerance, absoluteTolerance, method, series, newEvents);
    }

    private SimulationPlan copy(double time, double tol, int intervals, double rtol, double atol, List<String> names) {
        return new SimulationPlan(name, line, network, initialConcentrations, time, tol, intervals, rtol, atol, method,
                names, events);
    }

    /** The timed changes, sorted by time. */
    public List<TimedChange> changes() {
        return events.changes();
    }

    /** The periodic clock, or null. */
    public ClockSchedule clock() {
        return events.clock();
    }

    /** The noise, or null. */
    public NoiseSettings noise() {
        return events.noise();
    }

    public long seed() {
        return events.seed();
    }

    /**
     * The band of the settling times: a series has settled once it stays within this distance of its value at the
     * stop time (the steady-state tolerance tol, or {@value #DEFAULT_SETTLING_BAND} for a timed run).
     */
    public double settlingBand() {
        return untilSteady() ? steadyTolerance : DEFAULT_SETTLING_BAND;
    }

    /** The simulation's name (or the network's, for forNetwork). */
    public String name() {
        return name;
    }

    /** The source line of the simulation (0 when unknown). */
    public int line() {
        return line;
    }

    public ReactionNetwork network() {
        return network;
    }

    /** Initial concentration of every species, in the network's order (a copy). */
    public double[] initialConcentrations() {
        return initialConcentrations.clone();
    }

    /** Initial concentration of the named species. */
    public double initialConcentration(String speciesName) {
        List<Species> species = network.getSpecies();
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).getName().equals(speciesName)) {
                return initialConcentrations[i];
            }
        }
        throw new IllegalArgumentException("no species '" + speciesName + "' in network " + network.getName());
    }

    public boolean untilSteady() {
        return !Double.isNaN(steadyTolerance);
    }

    public double steadyTolerance() {
        return steadyTolerance;
    }

    /** The time the run ends at (for a steady-state run: the horizon it gives up at). */
    public double endTime() {
        return Double.isNaN(endTime) ? DEFAULT_STEADY_HORIZON : endTime;
    }

    public int outputIntervals() {
        return outputIntervals;
    }

    public double relativeTolerance() {
        return relativeTolerance;
    }

    public double absoluteTolerance() {
        return absoluteTolerance;
    }

    /** Whether a stiff method was asked for (ode(stiff), or a stiff ode(method = ...)); false for AUTO. */
    public boolean stiff() {
        return method.isStiff();
    }

    /** The integrator asked for; AUTO (the default) when the simulation names none. */
    public OdeMethod method() {
        return method;
    }

    /** The series named by the simulation; empty means every species, then every observable. */
    public List<String> series() {
        return series;
    }

    /** The series a run records: those named, or every species then every observable. */
    public List<String> recordedSeries() {
        return series.isEmpty() ? validSeries() : series;
    }

    private List<String> validSeries() {
        return Stream.concat(network.getSpecies().stream().map(Species::getName),
                network.getObservables().stream().map(Observable::getName)).toList();
    }

    private static void checkNetwork(ReactionNetwork network, int line) {
        if (network.getSpecies().isEmpty()) {
            String why = network.getCompilation() != null
                    ? " (a compiled network must be compiled before it is simulated)"
                    : ": declare at least one species";
            throw new SimulationException("network " + network.getName() + " has no species" + why,
                    network.getLine() > 0 ? network.getLine() : line);
        }
    }

    private static void checkInitials(SimulationPlan plan) {
        List<Species> species = plan.network.getSpecies();
        for (int i = 0; i < species.size(); i++) {
            double value = plan.initialConcentrations[i];
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new SimulationException("species " + species.get(i).getName() + " starts at " + value
                        + ": concentrations must be finite and not negative", species.get(i).getLine());
            }
        }
    }

    private static void applyInput(ReactionNetwork network, Assignment input, double[] initial) {
        List<Port> inputs = network.getPorts().stream().filter(port -> port.getKind() == PortKind.INPUT).toList();
        Port port = inputs.stream().filter(candidate -> candidate.getName().equals(input.getName())).findFirst()
                .orElseThrow(() -> new SimulationException("input '" + input.getName() + "' is not an input of network "
                        + network.getName() + (inputs.isEmpty() ? ", which has no inputs (only compiled networks have)"
                                : ": valid inputs are " + String.join(", ", inputs.stream().map(Port::getName).toList())),
                        input.getLine()));
        double value = input.getValue();
        if (!Double.isFinite(value)) {
            throw new SimulationException("input '" + input.getName() + "' = " + value + " is not a finite number",
                    input.getLine());
        }
        if (value < 0 && port.getMinus() == null) {
            throw new SimulationException("input '" + input.getName() + "' = " + value + " is negative, but network "
                    + network.getName() + " carries it on a single rail (" + port.getPlus().getName()
                    + "): only values >= 0 are valid", input.getLine());
        }
        int plus = network.getSpecies().indexOf(port.getPlus());
        initial[plus] = Math.max(value, 0);
        if (port.getMinus() != null) {
            initial[network.getSpecies().indexOf(port.getMinus())] = Math.max(-value, 0);
        }
    }

    private static void applySetting(ReactionNetwork network, Assignment setting, double[] initial) {
        List<Species> species = network.getSpecies();
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).getName().equals(setting.getName())) {
                initial[i] = setting.getValue();
                return;
            }
        }
        throw new SimulationException("'set " + setting.getName() + "' names no species of network "
                + network.getName() + ": valid species are "
                + String.join(", ", species.stream().map(Species::getName).toList()), setting.getLine());
    }

    private static void rejectUnavailable(Simulation simulation) {
        MethodCall method = simulation.getMethod();
        if (method != null && !"ode".equals(method.getName()) && !"ssa".equals(method.getName())) {
            throw new SimulationException("unknown method '" + method.getName() + "': valid methods are ode, ssa",
                    lineOf(method, simulation));
        }
    }

    private static SimulationException notYet(String what, int line) {
        return new SimulationException(what + " is not available yet (arrives with the simulation engine)", line);
    }

    private static OdeMethod methodWord(Option option) {
        String word = option.getLiteral() == null ? "" : option.getLiteral().trim();
        return OdeMethod.ofWord(word).orElseThrow(() -> new SimulationException("ode has no method '" + word
                + "': valid methods are " + String.join(", ", OdeMethod.words()), option.getLine()));
    }

    static double positive(Option option, String what) {
        double value = option.getValue();
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new SimulationException(what + " is " + value + ": it must be a finite number > 0", option.getLine());
        }
        return value;
    }

    /** A flag is on when written bare or as true/1; only an explicit false (or 0 written as text) turns it off. */
    static boolean isOn(Option option) {
        String literal = option.getLiteral();
        if (literal == null || literal.isBlank()) {
            return true;
        }
        return !(literal.equalsIgnoreCase("false") || literal.equals("0"));
    }

    static int lineOf(org.crnstudio.model.Element element, Simulation simulation) {
        return element.getLine() > 0 ? element.getLine() : simulation.getLine();
    }
}
