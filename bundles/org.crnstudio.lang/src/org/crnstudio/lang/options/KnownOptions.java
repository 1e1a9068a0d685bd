package org.crnstudio.lang.options;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crnstudio.lang.options.OptionSpec.Kind;

/**
 * The vocabulary of calls: constructions, activations, simulation and training methods and the options each
 * accepts (with defaults). The validator checks against it; docs/language-syntax.md lists the same table.
 * Compilers read the options from org.crnstudio.model.Compilation and apply these defaults when absent.
 */
public final class KnownOptions {

	/** Functions an expression may call, with their number of arguments. */
	public static final Map<String, Integer> FUNCTIONS = Map.of("sqrt", 1, "exp", 1, "log", 1, "abs", 1, "min", 2, "max", 2);

	public static final List<OptionSpec> FIXED_POINT = List.of(
			new OptionSpec("rate", Kind.POSITIVE, "1", "scales every rate constant"),
			new OptionSpec("rails", Kind.WORD, "offset", "how a weight w is split into two positive rails: offset (w+ = max(w,0) + margin, w- = max(-w,0) + margin) or exact (w+ = max(w,0), w- = max(-w,0))"),
			new OptionSpec("margin", Kind.POSITIVE, "1", "the margin of rails = offset"),
			new OptionSpec("shared_h", Kind.FLAG, "true", "one H species per smoothing value h for the whole network (false: one per node)"));

	public static final List<OptionSpec> RATE_INDEPENDENT = List.of(
			new OptionSpec("reduce", Kind.FLAG, "false", "eliminate unimolecular reactions (Algorithm 2 of seed 004)"),
			new OptionSpec("waste", Kind.FLAG, "false", "add S+ + S- -> W to keep rails small"),
			new OptionSpec("binarize", Kind.FLAG, "false", "round weights to +1/-1 by sign (0 becomes +1); biases stay real"),
			new OptionSpec("rate", Kind.POSITIVE, "1", "rate constant of every reaction (the result does not depend on it)"));

	public static final List<OptionSpec> ONE_POT = List.of(
			new OptionSpec("eta", Kind.POSITIVE, "0.002", "learning rate"),
			new OptionSpec("period", Kind.POSITIVE, "300", "time each sample is presented"),
			new OptionSpec("rate", Kind.POSITIVE, "1", "scales the forward and backward rate constants"),
			new OptionSpec("division_rate", Kind.POSITIVE, "10", "k1 = k2 of the derivative modules (the paper: large)"),
			new OptionSpec("annihilation", Kind.FLAG, "false", "add W+ + W- -> 0 for every weight"),
			new OptionSpec("init_seed", Kind.COUNT, "1", "seed of the initial weights when the nn gives none"),
			new OptionSpec("rail_offset", Kind.NON_NEGATIVE, "0", "added to both rails of every initial weight"));

	public static final List<OptionSpec> NEURAL_CRN = List.of(
			new OptionSpec("T", Kind.POSITIVE, "1", "integration time of the Neural ODE"),
			new OptionSpec("eta", Kind.POSITIVE, "1", "learning rate eta = k1 / (k1 + k2); 1 adds no decay reactions"),
			new OptionSpec("rate", Kind.POSITIVE, "1", "scales every rate constant"),
			new OptionSpec("fast", Kind.POSITIVE, "100", "rate of the fast stages N2 and N4"),
			new OptionSpec("merge_adjoints", Kind.FLAG, "true", "share species between adjoints that provably hold the same value"),
			new OptionSpec("dual_targets", Kind.FLAG, "false", "two rails for the targets"),
			new OptionSpec("flush", Kind.FLAG, "false", "add the flush reactions of stage N4"));

	/** Constructions by name (the literals of org.crnstudio.model.Construction). */
	public static final Map<String, List<OptionSpec>> CONSTRUCTIONS = Map.of(
			"fixed_point", FIXED_POINT, "rate_independent", RATE_INDEPENDENT, "one_pot", ONE_POT, "neural_crn", NEURAL_CRN);

	/** Training methods by name: the training constructions. */
	public static final Map<String, List<OptionSpec>> TRAINING_METHODS = Map.of("one_pot", ONE_POT, "neural_crn", NEURAL_CRN);

	/** Simulation methods by name. */
	public static final Map<String, List<OptionSpec>> SIMULATION_METHODS = Map.of(
			"ode", List.of(
					new OptionSpec("stiff", Kind.FLAG, "false", "use the stiff integrator (Rodas4, sparse LU); without stiff, nonstiff or method the integrator is chosen automatically"),
					new OptionSpec("nonstiff", Kind.FLAG, "false", "use the explicit integrator (Dormand-Prince 8(5,3))"),
					new OptionSpec("method", Kind.WORD, "auto", "the integrator: auto, dormand_prince, dormand_prince54, gragg_bulirsch_stoer, rosenbrock (Rodas4) or ros23"),
					new OptionSpec("rtol", Kind.POSITIVE, "1e-8", "relative tolerance"),
					new OptionSpec("atol", Kind.POSITIVE, "1e-10", "absolute tolerance")),
			"ssa", List.of(
					new OptionSpec("volume", Kind.POSITIVE, "1", "volume that turns concentrations into molecule counts"),
					new OptionSpec("runs", Kind.COUNT, "1", "number of runs of the ensemble")));

	public static final List<OptionSpec> NOISE = List.of(
			new OptionSpec("eps", Kind.NON_NEGATIVE, "0.1", "relative noise intensity"));

	public static final List<OptionSpec> STEADY = List.of(
			new OptionSpec("tol", Kind.POSITIVE, "1e-6", "stop when every |dx/dt| is below it"));

	/** Activations by name (the literals of org.crnstudio.model.ActivationKind). */
	public static final Map<String, List<OptionSpec>> ACTIVATIONS = Map.of(
			"linear", List.of(),
			"relu", List.of(),
			"smooth_relu", List.of(new OptionSpec("h", Kind.NON_NEGATIVE, "1", "smoothing: phi(z) = (z + sqrt(z^2 + 4h)) / 2")),
			"poly_relu", List.of(
					new OptionSpec("h", Kind.NON_NEGATIVE, "1", "smoothing"),
					new OptionSpec("q", Kind.COUNT, "2", "degree, a whole number of at least 2")),
			"sigmoid", List.of(),
			"tanh", List.of(),
			"leaky_relu", List.of(new OptionSpec("slope", Kind.NUMBER, "0.01", "slope for negative inputs")));

	/** Words an option of kind WORD accepts. */
	public static final Map<String, Set<String>> WORDS = Map.of("rails", Set.of("offset", "exact"),
			"method", Set.of("auto", "dormand_prince", "dormand_prince54", "gragg_bulirsch_stoer", "rosenbrock", "ros23"));

	private KnownOptions() {
	}

	public static Optional<OptionSpec> find(List<OptionSpec> specs, String name) {
		return specs.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	public static String names(List<OptionSpec> specs) {
		return specs.isEmpty() ? "none" : String.join(", ", specs.stream().map(OptionSpec::name).toList());
	}

	/** The default of an option as a number (flags: 1 or 0), or NaN for words. */
	public static double defaultNumber(List<OptionSpec> specs, String name) {
		String text = find(specs, name).map(OptionSpec::defaultValue).orElseThrow();
		return switch (text) {
			case "true" -> 1;
			case "false" -> 0;
			default -> {
				try {
					yield Double.parseDouble(text);
				} catch (NumberFormatException e) {
					yield Double.NaN;
				}
			}
		};
	}
}
