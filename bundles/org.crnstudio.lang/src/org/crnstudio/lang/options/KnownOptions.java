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
			new OptionSpec("rail_offset", Kind.NON_NEGATIVE, "0", "added to both rails of every initial weight"),
			new OptionSpec("leaky_h", Kind.POSITIVE, "0.0001", "corner of the leaky_relu module: its ReLU part is smooth_relu(h = leaky_h)"));

	public static final List<OptionSpec> NEURAL_CRN = List.of(
			new OptionSpec("T", Kind.POSITIVE, "1", "integration time of the Neural ODE"),
			new OptionSpec("eta", Kind.POSITIVE, "1", "learning rate eta = k1 / (k1 + k2); 1 adds no decay reactions"),
			new OptionSpec("rate", Kind.POSITIVE, "1", "scales every rate constant"),
			new OptionSpec("fast", Kind.POSITIVE, "100", "rate of the fast stages N2 and N4"),
			new OptionSpec("merge_adjoints", Kind.FLAG, "true", "share species between adjoints that provably hold the same value"),
			new OptionSpec("dual_targets", Kind.FLAG, "false", "two rails for the targets"),
			new OptionSpec("flush", Kind.FLAG, "false", "add the flush reactions of stage N4"),
			new OptionSpec("annihilation", Kind.FLAG, "false", "add S+ + S- -> 0 for every dual-rail parameter, state, copy, adjoint and gradient (both phases): values unchanged, rails kept small"),
			new OptionSpec("gradient", Kind.WORD, "adjoint", "the feedback phase: adjoint (the adjoint method: copies of z run dz/dt = -f, adjoints evolve) or first_order (adjoints and copies held at their loaded values: g = T a df/dtheta, seed 003 section 3.3)"));

	public static final List<OptionSpec> BACKPROP = List.of(
			new OptionSpec("eta", Kind.POSITIVE, "0.1", "learning rate of gradient descent"),
			new OptionSpec("batch", Kind.COUNT, "300", "samples per iteration (drawn without replacement, reshuffled each pass)"),
			new OptionSpec("init_scale", Kind.POSITIVE, "1", "initial weights uniform in [-s, s] / sqrt(fan-in) when the nn gives none"),
			new OptionSpec("report_every", Kind.COUNT, "100", "iterations between two metric reports"));

	public static final List<OptionSpec> BINARY_CONNECT = List.of(
			new OptionSpec("eta", Kind.POSITIVE, "0.01", "learning rate of Adam"),
			new OptionSpec("eta_final", Kind.POSITIVE, "none", "learning rate at the last update: decays exponentially from eta (none: constant)"),
			new OptionSpec("batch", Kind.COUNT, "16", "samples per update"),
			new OptionSpec("dropout", Kind.NON_NEGATIVE, "0.1", "probability of dropping a hidden unit during training (0: none)"),
			new OptionSpec("centre", Kind.FLAG, "true", "train on inputs minus the training mean, folded into the first layer's biases afterwards"),
			new OptionSpec("init_scale", Kind.POSITIVE, "1", "initial real weights uniform in [-s, s] / sqrt(fan-in) when the nn gives none"),
			new OptionSpec("keep_best", Kind.FLAG, "true", "return the epoch with the best validation accuracy (training accuracy without validation)"),
			new OptionSpec("report_every", Kind.COUNT, "100", "epochs (or iterations) between two metric reports"));

	/** What a one_pot training run adds to the construction's options (bundle org.crnstudio.train, onepot). */
	public static final List<OptionSpec> ONE_POT_TRAINING = concat(ONE_POT, List.of(
			new OptionSpec("report_every", Kind.COUNT, "100", "iterations between two measurements of error and accuracy"),
			new OptionSpec("rtol", Kind.POSITIVE, "1e-6", "relative tolerance of the integration"),
			new OptionSpec("atol", Kind.POSITIVE, "1e-9", "absolute tolerance of the integration"),
			new OptionSpec("noise_eps", Kind.NON_NEGATIVE, "0", "noise magnitude eps of seed 002's equation 18, drawn with the training's seed (0: no noise)"),
			new OptionSpec("noise_t0", Kind.POSITIVE, "0.05", "the noise terms are redrawn every t0"),
			new OptionSpec("noise_t1", Kind.POSITIVE, "0.005", "and held for t1 (at most t0), 0 the rest of the time"),
			new OptionSpec("noise_rates", Kind.FLAG, "true", "noise on the rate constants of the backward CRN, k |1 + eps xi| (seed 002 sections 5.2, 5.3)"),
			new OptionSpec("noise_forward", Kind.FLAG, "false", "rate noise on every reaction, the forward CRN's and a leaky node's derivative too"),
			new OptionSpec("noise_absolute", Kind.FLAG, "false", "rate noise |k + eps xi| as the paper writes it (the same for k = 1; eta and slope grow a hundredfold in the windows)"),
			new OptionSpec("noise_nodes", Kind.FLAG, "false", "noise on the hidden and output node species: x -> |x + eps xi| during each window")));

	/** What a neural_crn training run adds to the construction's options (bundle org.crnstudio.train, neuralcrn). */
	public static final List<OptionSpec> NEURAL_CRN_TRAINING = concat(NEURAL_CRN, List.of(
			new OptionSpec("threshold", Kind.NUMBER, "none", "classification: an output is correct when on the same side of it as the target (none: |y - yhat| <= 1/2, or argmax)"),
			new OptionSpec("rtol", Kind.POSITIVE, "1e-6", "relative tolerance of the integration"),
			new OptionSpec("atol", Kind.POSITIVE, "1e-9", "absolute tolerance of the integration")));

	/** Constructions by name (the literals of org.crnstudio.model.Construction). */
	public static final Map<String, List<OptionSpec>> CONSTRUCTIONS = Map.of(
			"fixed_point", FIXED_POINT, "rate_independent", RATE_INDEPENDENT, "one_pot", ONE_POT, "neural_crn", NEURAL_CRN);

	/** Training methods by name: the training constructions. */
	public static final Map<String, List<OptionSpec>> TRAINING_METHODS = Map.of("one_pot", ONE_POT_TRAINING, "neural_crn", NEURAL_CRN_TRAINING,
			"backprop", BACKPROP, "binary_connect", BINARY_CONNECT);

	/** The kind of model each training method trains: "nn" or "ode". */
	public static String modelKindOf(String trainingMethod) {
		return trainingMethod.equals("neural_crn") ? "ode" : "nn";
	}

	/** Encodings of a data set's target column: {@code targets y : onehot(high = 1, low = 0)}. */
	public static final Map<String, List<OptionSpec>> TARGET_ENCODINGS = Map.of("onehot", List.of(
			new OptionSpec("high", Kind.NUMBER, "1", "target value of the row's class"),
			new OptionSpec("low", Kind.NUMBER, "0", "target value of every other class")));

	/** Simulation methods by name. */
	public static final Map<String, List<OptionSpec>> SIMULATION_METHODS = Map.of(
			"ode", List.of(
					new OptionSpec("stiff", Kind.FLAG, "false", "use the stiff integrator (Rodas4, sparse LU); without stiff, nonstiff or method the integrator is chosen automatically"),
					new OptionSpec("nonstiff", Kind.FLAG, "false", "use the explicit integrator (Dormand-Prince 8(5,3))"),
					new OptionSpec("method", Kind.WORD, "auto", "the integrator: auto, dormand_prince, dormand_prince54, gragg_bulirsch_stoer, rosenbrock (Rodas4), ros23 or bdf"),
					new OptionSpec("rtol", Kind.POSITIVE, "1e-8", "relative tolerance"),
					new OptionSpec("atol", Kind.POSITIVE, "1e-10", "absolute tolerance")),
			"ssa", List.of(
					new OptionSpec("volume", Kind.POSITIVE, "1", "volume that turns concentrations into molecule counts"),
					new OptionSpec("runs", Kind.COUNT, "1", "number of runs of the ensemble (more than 1: mean and standard deviation <name>_sd per output time)"),
					new OptionSpec("algorithm", Kind.WORD, "next_reaction", "direct (Gillespie), next_reaction (Gibson-Bruck) or tau_leap (Cao-Gillespie-Petzold step selection)"),
					new OptionSpec("epsilon", Kind.POSITIVE, "0.03", "tau_leap's bound on the relative change of a propensity per leap (below 1)")));

	public static final List<OptionSpec> NOISE = List.of(
			new OptionSpec("eps", Kind.NON_NEGATIVE, "0.1", "noise size: rates k |1 + eps xi|, listed species |x + eps xi|"),
			new OptionSpec("t0", Kind.POSITIVE, "0.05", "xi ~ N(0, 1) is redrawn every t0"),
			new OptionSpec("t1", Kind.POSITIVE, "0.005", "and held for t1 (0 the rest of the time); t1 <= t0"),
			new OptionSpec("rates", Kind.FLAG, "true", "noise on every reaction's rate constant (false: only the species after 'on')"),
			new OptionSpec("absolute", Kind.FLAG, "false", "rate noise |k + eps xi| as seed 002's equation 18, instead of k |1 + eps xi|"));

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
			"algorithm", Set.of("direct", "next_reaction", "tau_leap"), "gradient", Set.of("adjoint", "first_order"),
			"method", Set.of("auto", "dormand_prince", "dormand_prince54", "gragg_bulirsch_stoer", "rosenbrock", "ros23", "bdf"));

	private KnownOptions() {
	}

	private static List<OptionSpec> concat(List<OptionSpec> first, List<OptionSpec> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
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
