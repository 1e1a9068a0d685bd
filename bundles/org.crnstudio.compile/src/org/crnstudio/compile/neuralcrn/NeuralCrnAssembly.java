package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkBuilder.ReactionBuilder;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.model.StateVariable;

/** Builds one Neural CRN: species, the four stages, clocks, observables and ports. */
final class NeuralCrnAssembly {

	static final String C1 = "C1";
	static final String C2 = "C2";

	private final OdeSystem system;
	private final NeuralCrnSettings settings;
	private final NetworkBuilder builder;
	private final PolynomialOdeCompiler translator;
	private final String modelName;

	private final Map<String, Rails> inputs = new LinkedHashMap<>();
	private final Map<String, Rails> parameters = new LinkedHashMap<>();
	private final Map<String, Rails> states = new LinkedHashMap<>();
	private final Map<String, Rails> targets = new LinkedHashMap<>();
	private final Map<String, Rails> backStates = new LinkedHashMap<>();
	private final Map<String, Rails> adjoints = new LinkedHashMap<>();
	private final Map<String, Rails> gradients = new LinkedHashMap<>();
	private final Map<String, String> targetOfOutput = new LinkedHashMap<>();
	private final Set<String> nonNegative = new HashSet<>();

	NeuralCrnAssembly(OdeSystem system, NeuralCrnSettings settings, NetworkBuilder builder) {
		this.system = system;
		this.settings = settings;
		this.builder = builder;
		this.translator = new PolynomialOdeCompiler(builder);
		this.modelName = system.model().getName();
	}

	void build() {
		checkOutputs();
		createForwardSpecies();
		translator.compile(system.equations(), forwardRails(), settings.rate(), tagger(C1, "N1", ProvenanceKind.ODE_TERM),
				system::lineOf);

		AdjointGroups groups = new AdjointGroups(system, targetOfOutput, settings.mergeAdjoints());
		Map<String, Polynomial> gradientEquations = gradientEquations(groups);
		Map<String, Polynomial> adjointEquations = adjointEquations(groups);
		Map<String, Polynomial> backEquations = backEquations(gradientEquations, adjointEquations);
		createBackwardSpecies(groups, gradientEquations, backEquations);

		loadAdjoints(groups);
		Map<String, Polynomial> backward = new LinkedHashMap<>(backEquations);
		backward.putAll(adjointEquations);
		backward.putAll(gradientEquations);
		translator.compile(backward, backwardRails(), settings.rate(), tagger(C2, "N3", ProvenanceKind.ODE_TERM));
		updateParameters();
		if (settings.flush()) {
			flush();
		}
		createClocks();
		createObservablesAndPorts();
	}

	// ---- outputs and species ----------------------------------------------------------------------------------

	/** Outputs must be whole-number combinations of states: the adjoint is loaded by transfer reactions. */
	private void checkOutputs() {
		Set<String> sourceNames = new HashSet<>();
		system.inputs().forEach(input -> sourceNames.add(input.getName()));
		system.states().forEach(state -> sourceNames.add(state.getName()));
		system.parameters().forEach(parameter -> sourceNames.add(parameter.getName()));
		system.model().getOutputs().forEach(output -> sourceNames.add(output.getName()));
		for (var output : system.model().getOutputs()) {
			Polynomial polynomial = system.outputs().get(output.getName());
			for (var term : polynomial.terms().entrySet()) {
				double coefficient = term.getValue();
				if (term.getKey().degree() != 1 || coefficient != Math.rint(coefficient)) {
					throw new CompilationException("output " + output.getName() + " of " + modelName
							+ " must be a sum of states with whole-number coefficients for neural_crn (e.g. z1 + z2), found "
							+ polynomial, output.getLine());
				}
			}
			String target = targetName(output.getName());
			targetOfOutput.put(output.getName(), sourceNames.contains(target) && !target.equals(output.getName())
					? output.getName() : target);
		}
	}

	/** The target of output {@code yhat} is {@code y} (a trailing "hat" or "_hat" dropped), else the output's name. */
	static String targetName(String output) {
		if (output.endsWith("_hat") && output.length() > 4) {
			return output.substring(0, output.length() - 4);
		}
		if (output.endsWith("hat") && output.length() > 3) {
			return output.substring(0, output.length() - 3);
		}
		return output;
	}

	private void createForwardSpecies() {
		for (int i = 0; i < system.inputs().size(); i++) {
			NetworkInput input = system.inputs().get(i);
			if (input.isPositive()) {
				nonNegative.add(input.getName());
			}
			inputs.put(input.getName(), rails(capitalized(input.getName()), input.isPositive(), 0, SpeciesRole.INPUT,
					ProvenanceKind.INPUT, input.getName(), i, "N1", "input " + input.getName()));
		}
		for (var output : targetOfOutput.entrySet()) {
			boolean single = !settings.dualTargets() && outputNonNegative(output.getKey());
			targets.put(output.getValue(), rails(capitalized(output.getValue()), single, 0, SpeciesRole.TARGET,
					ProvenanceKind.OUTPUT, output.getKey(), -1, "N2", "target of output " + output.getKey()));
		}
		for (int i = 0; i < system.parameters().size(); i++) {
			Parameter parameter = system.parameters().get(i);
			if (parameter.isPositive()) {
				nonNegative.add(parameter.getName());
			}
			parameters.put(parameter.getName(), rails(capitalized(parameter.getName()), parameter.isPositive(),
					parameter.getValue(), SpeciesRole.PARAMETER, ProvenanceKind.WEIGHT, parameter.getName(), i, "N4",
					"learnable parameter " + parameter.getName()));
		}
		Map<String, Double> initial = new HashMap<>();
		system.states().forEach(state -> initial.put(state.getName(), state.getInitial()));
		Set<String> positiveStates = new HashSet<>(PositivityAnalysis.nonNegative(system.equations(), initial, nonNegative));
		system.states().stream().filter(StateVariable::isPositive).forEach(state -> positiveStates.add(state.getName()));
		for (int i = 0; i < system.states().size(); i++) {
			StateVariable state = system.states().get(i);
			states.put(state.getName(), rails(capitalized(state.getName()), positiveStates.contains(state.getName()),
					state.getInitial(), SpeciesRole.HIDDEN, ProvenanceKind.NODE, state.getName(), i, "N1",
					"hidden state " + state.getName()));
		}
		nonNegative.addAll(positiveStates);
	}

	private boolean outputNonNegative(String output) {
		return system.outputs().get(output).terms().entrySet().stream().allMatch(term -> term.getValue() > 0
				&& nonNegativeState(term.getKey().exponents().keySet().iterator().next()));
	}

	/** Before the states' rails exist: whether the positivity analysis will give the state one species. */
	private boolean nonNegativeState(String state) {
		Map<String, Double> initial = new HashMap<>();
		system.states().forEach(s -> initial.put(s.getName(), s.getInitial()));
		Set<String> known = new HashSet<>();
		system.inputs().stream().filter(NetworkInput::isPositive).forEach(input -> known.add(input.getName()));
		system.parameters().stream().filter(Parameter::isPositive).forEach(parameter -> known.add(parameter.getName()));
		return PositivityAnalysis.nonNegative(system.equations(), initial, known).contains(state)
				|| system.states().stream().anyMatch(s -> s.getName().equals(state) && s.isPositive());
	}

	private Rails rails(String base, boolean single, double initial, SpeciesRole role, ProvenanceKind kind, String layer,
			int unit, String stage, String description) {
		if (single) {
			return new Rails(create(base, initial, role, kind, layer, unit, stage, description), null);
		}
		return new Rails(create(base + "_p", Math.max(0, initial), role, kind, layer, unit, stage, description + ", positive rail"),
				create(base + "_n", Math.max(0, -initial), role, kind, layer, unit, stage, description + ", negative rail"));
	}

	private Species create(String name, double initial, SpeciesRole role, ProvenanceKind kind, String layer, int unit,
			String stage, String description) {
		Species taken = builder.existing(name);
		if (taken != null) {
			throw new CompilationException("neural_crn would give two species of " + modelName + " the name " + name + " ("
					+ taken.getProvenance().getDescription() + "; " + description + "): rename one of them",
					system.model().getLine());
		}
		Provenance provenance = builder.provenance(kind, layer, unit, -1, description);
		provenance.setStage(stage);
		return builder.species(name, initial, role, provenance);
	}

	static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private Map<String, Rails> forwardRails() {
		Map<String, Rails> rails = new HashMap<>(inputs);
		rails.putAll(parameters);
		rails.putAll(states);
		return rails;
	}

	private Map<String, Rails> backwardRails() {
		Map<String, Rails> rails = new HashMap<>(inputs);
		rails.putAll(parameters);
		rails.putAll(backStates);
		rails.putAll(adjoints);
		rails.putAll(gradients);
		return rails;
	}

	// ---- the backward ODEs of stage N3 ---------------------------------------------------------------------------

	/** a . df/dv with each a_i replaced by its group's variable (a_i = 0 has none). */
	private static Polynomial adjointProduct(OdeSystem system, AdjointGroups groups, String variable) {
		Polynomial sum = Polynomial.ZERO;
		for (var equation : system.equations().entrySet()) {
			AdjointGroups.Group group = groups.of(equation.getKey());
			if (group != null) {
				sum = sum.plus(Polynomial.variable(AdjointGroups.variable(group)).times(equation.getValue().derivative(variable)));
			}
		}
		return sum;
	}

	/** dg_p/dt = a . df/dtheta_p, one per parameter that has a gradient. */
	private Map<String, Polynomial> gradientEquations(AdjointGroups groups) {
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		for (Parameter parameter : system.parameters()) {
			Polynomial rhs = adjointProduct(system, groups, parameter.getName());
			if (!rhs.isZero()) {
				equations.put("g:" + parameter.getName(), rhs);
			}
		}
		return equations;
	}

	/** da_j/dt = a . df/dz_j for the adjoints that change (the static ones are skipped: df/dz_j = 0). */
	private Map<String, Polynomial> adjointEquations(AdjointGroups groups) {
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		for (AdjointGroups.Group group : groups.groups()) {
			if (group.dynamic()) {
				equations.put(AdjointGroups.variable(group), adjointProduct(system, groups, group.states().get(0)));
			}
		}
		return equations;
	}

	/** dz/dt = -f for the states the adjoint and gradient ODEs read, and the states those need in turn. */
	private Map<String, Polynomial> backEquations(Map<String, Polynomial> gradientEquations,
			Map<String, Polynomial> adjointEquations) {
		Set<String> needed = new LinkedHashSet<>();
		List<Polynomial> pending = new ArrayList<>(gradientEquations.values());
		pending.addAll(adjointEquations.values());
		while (!pending.isEmpty()) {
			Polynomial polynomial = pending.remove(pending.size() - 1);
			for (String variable : polynomial.variables()) {
				if (system.equations().containsKey(variable) && needed.add(variable)) {
					pending.add(system.equations().get(variable));
				}
			}
		}
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		system.equations().forEach((state, rhs) -> {
			if (needed.contains(state)) {
				equations.put(state, rhs.times(-1));
			}
		});
		return equations;
	}

	private void createBackwardSpecies(AdjointGroups groups, Map<String, Polynomial> gradientEquations,
			Map<String, Polynomial> backEquations) {
		Map<String, Double> startSign = new HashMap<>();
		backEquations.keySet().forEach(state -> startSign.put(state, states.get(state).single() ? 0.0 : -1.0));
		Set<String> known = new HashSet<>(nonNegative);
		known.removeAll(states.keySet());
		Set<String> positive = PositivityAnalysis.nonNegative(backEquations, startSign, known);
		for (String state : backEquations.keySet()) {
			int unit = system.states().indexOf(system.states().stream().filter(s -> s.getName().equals(state)).findFirst().get());
			backStates.put(state, rails(capitalized(state) + "_b", positive.contains(state), 0, SpeciesRole.AUXILIARY,
					ProvenanceKind.NODE, state, unit, "N3", "hidden state " + state + " run backwards"));
		}
		boolean allInOne = groups.groups().size() == 1 && groups.groups().get(0).states().size() == system.states().size();
		for (AdjointGroups.Group group : groups.groups()) {
			String base = allInOne ? "A" : "A_" + String.join("_", group.states());
			adjoints.put(AdjointGroups.variable(group), rails(base, false, 0, SpeciesRole.ADJOINT, ProvenanceKind.ADJOINT,
					group.states().get(0), system.states().indexOf(stateNamed(group.states().get(0))), "N2",
					"adjoint dL/d" + String.join(" = dL/d", group.states())));
		}
		for (String gradient : gradientEquations.keySet()) {
			String parameter = gradient.substring(2);
			gradients.put(gradient, rails("G_" + parameter, false, 0, SpeciesRole.GRADIENT, ProvenanceKind.LOSS_GRADIENT,
					parameter, system.parameters().indexOf(parameterNamed(parameter)), "N3", "gradient dL/d" + parameter));
		}
	}

	private StateVariable stateNamed(String name) {
		return system.states().stream().filter(state -> state.getName().equals(name)).findFirst().orElseThrow();
	}

	private Parameter parameterNamed(String name) {
		return system.parameters().stream().filter(parameter -> parameter.getName().equals(name)).findFirst().orElseThrow();
	}

	// ---- discrete stages N2 and N4 --------------------------------------------------------------------------------

	/** N2: each state rail moves into its back-propagated copy and the adjoints; each target rail into the adjoints. */
	private void loadAdjoints(AdjointGroups groups) {
		for (var state : states.entrySet()) {
			Rails backRails = backStates.get(state.getKey());
			loadRails(state.getValue(), backRails, groups, "z:" + state.getKey(), state.getKey(),
					"load z(T) of " + state.getKey());
		}
		for (var target : targets.entrySet()) {
			loadRails(target.getValue(), null, groups, "y:" + target.getKey(), target.getKey(),
					"load target " + target.getKey() + " into the adjoint");
		}
	}

	private void loadRails(Rails source, Rails copy, AdjointGroups groups, String formKey, String layer, String description) {
		for (int sign : source.single() ? new int[] { 1 } : new int[] { 1, -1 }) {
			Species rail = sign > 0 ? source.plus() : source.minus();
			ReactionBuilder reaction = builder.reaction(settings.fastRate(), null).reactant(rail);
			boolean produces = false;
			if (copy != null) {
				reaction.product(sign > 0 ? copy.plus() : copy.minus());
				produces = true;
			}
			for (AdjointGroups.Group group : groups.groups()) {
				Double coefficient = group.form().get(formKey);
				if (coefficient != null) {
					Rails adjoint = adjoints.get(AdjointGroups.variable(group));
					reaction.product(sign * coefficient > 0 ? adjoint.plus() : adjoint.minus(),
							(int) Math.round(Math.abs(coefficient)));
					produces = true;
				}
			}
			if (!produces) {
				builder.network().getReactions().remove(reaction.get());
				continue;
			}
			tag(reaction, C2, "N2", ProvenanceKind.ADJOINT, layer, description);
		}
	}

	/**
	 * N4: G+ ->k1 P-, G- ->k1 P+, and G± ->k2 0 when eta < 1. A single-rail parameter is lowered by annihilation:
	 * G- ->k1 P, G+ + P ->k1 0, and when eta < 1 G- ->k2 0 and G+ + P ->k2 P, so that the share of G+ that
	 * lowers P is k1/(k1+k2) whatever p is (a decay G+ ->k2 0 would compete with k1 p instead).
	 */
	private void updateParameters() {
		double k1 = settings.fastRate();
		double k2 = settings.decayRate();
		for (var gradient : gradients.entrySet()) {
			String parameter = gradient.getKey().substring(2);
			Rails g = gradient.getValue();
			Rails p = parameters.get(parameter);
			String lower = "lower " + parameter + " by the positive gradient";
			String raise = "raise " + parameter + " by the negative gradient";
			String decay = " (learning rate eta = k1/(k1+k2))";
			if (p.single()) {
				update(builder.reaction(k1, null).reactant(g.minus()).product(p.plus()), parameter, raise);
				update(builder.reaction(k1, null).reactant(g.plus()).reactant(p.plus()), parameter, lower + " (annihilation)");
				if (k2 > 0) {
					update(builder.reaction(k2, null).reactant(g.minus()), parameter, "decay of " + g.minus().getName() + decay);
					update(builder.reaction(k2, null).reactant(g.plus()).catalyst(p.plus()), parameter,
							"decay of " + g.plus().getName() + " beside " + p.plus().getName() + decay);
				}
			} else {
				update(builder.reaction(k1, null).reactant(g.plus()).product(p.minus()), parameter, lower);
				update(builder.reaction(k1, null).reactant(g.minus()).product(p.plus()), parameter, raise);
				if (k2 > 0) {
					for (Species rail : List.of(g.plus(), g.minus())) {
						update(builder.reaction(k2, null).reactant(rail), parameter, "decay of " + rail.getName() + decay);
					}
				}
			}
		}
	}

	private void update(ReactionBuilder reaction, String parameter, String description) {
		tag(reaction, C1, "N4", ProvenanceKind.UPDATE, parameter, description);
	}

	private void flush() {
		List<Rails> flushed = new ArrayList<>(adjoints.values());
		flushed.addAll(backStates.values());
		for (Rails rails : flushed) {
			for (Species rail : rails.single() ? List.of(rails.plus()) : List.of(rails.plus(), rails.minus())) {
				tag(builder.reaction(settings.fastRate(), null).reactant(rail), C1, "N4", ProvenanceKind.WASTE,
						rail.getProvenance().getLayer(), "flush " + rail.getName() + " for the next iteration");
			}
		}
	}

	private void createClocks() {
		for (String clock : List.of(C1, C2)) {
			create(clock, clock.equals(C1) ? 1 : 0, SpeciesRole.CLOCK, ProvenanceKind.CLOCK, null, -1, null,
					"clock signal of phase " + clock);
		}
	}

	private void createObservablesAndPorts() {
		CrnFactory factory = CrnFactory.eINSTANCE;
		for (var output : system.model().getOutputs()) {
			Expression sum = null;
			for (var term : system.outputs().get(output.getName()).terms().entrySet()) {
				Rails rails = states.get(term.getKey().exponents().keySet().iterator().next());
				Expression value = builder.railDifference(rails.plus(), rails.minus());
				double coefficient = term.getValue();
				if (Math.abs(coefficient) != 1) {
					var product = factory.createBinaryExpression();
					product.setOperator(BinaryOperator.MULTIPLY);
					product.setLeft(NetworkBuilder.number(Math.abs(coefficient)));
					product.setRight(value);
					value = product;
				}
				if (sum == null && coefficient < 0) {
					var negated = factory.createNegatedExpression();
					negated.setOperand(value);
					sum = negated;
				} else if (sum == null) {
					sum = value;
				} else {
					var combined = factory.createBinaryExpression();
					combined.setOperator(coefficient < 0 ? BinaryOperator.SUBTRACT : BinaryOperator.ADD);
					combined.setLeft(sum);
					combined.setRight(value);
					sum = combined;
				}
			}
			Provenance provenance = builder.provenance(ProvenanceKind.OUTPUT, output.getName(), -1, -1,
					"output " + output.getName() + " at the end of phase C1");
			provenance.setStage("N1");
			builder.observable(output.getName(), sum, provenance);
		}
		inputs.forEach((name, rails) -> builder.port(name, PortKind.INPUT, rails.plus(), rails.minus()));
		targets.forEach((name, rails) -> builder.port(name, PortKind.TARGET, rails.plus(), rails.minus()));
	}

	// ---- tagging ------------------------------------------------------------------------------------------------

	private PolynomialOdeCompiler.ReactionTagger tagger(String phase, String stage, ProvenanceKind kind) {
		return (reaction, targetVariables, description) -> tag(reaction, phase, stage, kind,
				sourceName(targetVariables.iterator().next()), description);
	}

	/** "g:theta1" -> theta1, "a:z1,z2" -> z1, "z1" -> z1. */
	private static String sourceName(String variable) {
		String name = variable.contains(":") ? variable.substring(variable.indexOf(':') + 1) : variable;
		return name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
	}

	private void tag(ReactionBuilder reaction, String phase, String stage, ProvenanceKind kind, String layer,
			String description) {
		reaction.phase(phase);
		Provenance provenance = builder.provenance(kind, layer, -1, -1, stage + ": " + description);
		provenance.setStage(stage);
		reaction.get().setProvenance(provenance);
	}
}
