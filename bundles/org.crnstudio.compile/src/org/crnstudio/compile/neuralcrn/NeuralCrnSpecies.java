package org.crnstudio.compile.neuralcrn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.neuralcrn.PolynomialOdeCompiler.Rails;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.model.StateVariable;

/**
 * The species of a Neural CRN by source variable, named as docs/neural_crn.md says, created in a readable order
 * (inputs, targets, parameters, states, copies, adjoints, gradients, clocks). A variable gets one species when it
 * is declared positive or provably stays non-negative ({@link PositivityAnalysis}), two otherwise.
 */
final class NeuralCrnSpecies {

	final Map<String, Rails> inputs = new LinkedHashMap<>();
	final Map<String, Rails> targets = new LinkedHashMap<>();
	final Map<String, Rails> parameters = new LinkedHashMap<>();
	final Map<String, Rails> states = new LinkedHashMap<>();
	final Map<String, Rails> backStates = new LinkedHashMap<>();
	final Map<String, Rails> adjoints = new LinkedHashMap<>();
	final Map<String, Rails> gradients = new LinkedHashMap<>();

	private final OdeSystem system;
	private final NetworkBuilder builder;
	private final Set<String> declaredNonNegative = new HashSet<>();
	private Set<String> nonNegativeStates = Set.of();

	NeuralCrnSpecies(OdeSystem system, NetworkBuilder builder) {
		this.system = system;
		this.builder = builder;
		system.inputs().stream().filter(NetworkInput::isPositive).forEach(input -> declaredNonNegative.add(input.getName()));
		system.parameters().stream().filter(Parameter::isPositive).forEach(p -> declaredNonNegative.add(p.getName()));
	}

	/** Inputs, targets (single rail unless {@code dualTargets} or the output can be negative), parameters, states. */
	void createForward(Map<String, String> targetOfOutput, boolean dualTargets) {
		Map<String, Double> initial = new HashMap<>();
		system.states().forEach(state -> initial.put(state.getName(), state.getInitial()));
		Set<String> positive = new HashSet<>(PositivityAnalysis.nonNegative(system.equations(), initial, declaredNonNegative));
		system.states().stream().filter(StateVariable::isPositive).forEach(state -> positive.add(state.getName()));
		nonNegativeStates = positive;

		for (int i = 0; i < system.inputs().size(); i++) {
			NetworkInput input = system.inputs().get(i);
			inputs.put(input.getName(), rails(capitalized(input.getName()), input.isPositive(), 0, SpeciesRole.INPUT,
					ProvenanceKind.INPUT, input.getName(), i, "N1", "input " + input.getName()));
		}
		targetOfOutput.forEach((output, target) -> {
			boolean single = !dualTargets && outputNonNegative(output);
			targets.put(target, rails(capitalized(target), single, 0, SpeciesRole.TARGET, ProvenanceKind.OUTPUT, output, -1,
					"N2", "target of output " + output));
		});
		for (int i = 0; i < system.parameters().size(); i++) {
			Parameter parameter = system.parameters().get(i);
			parameters.put(parameter.getName(), rails(capitalized(parameter.getName()), parameter.isPositive(),
					parameter.getValue(), SpeciesRole.PARAMETER, ProvenanceKind.WEIGHT, parameter.getName(), i, "N4",
					"learnable parameter " + parameter.getName()));
		}
		for (int i = 0; i < system.states().size(); i++) {
			StateVariable state = system.states().get(i);
			states.put(state.getName(), rails(capitalized(state.getName()), positive.contains(state.getName()),
					state.getInitial(), SpeciesRole.HIDDEN, ProvenanceKind.NODE, state.getName(), i, "N1",
					"hidden state " + state.getName()));
		}
	}

	/** Back-propagated copies, adjoint groups and gradients (always two rails, except provably non-negative copies). */
	void createBackward(AdjointGroups groups, BackwardEquations equations) {
		Map<String, Double> start = new HashMap<>();
		equations.backStates().keySet().forEach(state -> start.put(state, states.get(state).single() ? 0.0 : -1.0));
		Set<String> positive = PositivityAnalysis.nonNegative(equations.backStates(), start, declaredNonNegative);
		for (String state : equations.backStates().keySet()) {
			backStates.put(state, rails(capitalized(state) + "_b", positive.contains(state), 0, SpeciesRole.AUXILIARY,
					ProvenanceKind.NODE, state, stateIndex(state), "N3", "hidden state " + state + " run backwards"));
		}
		boolean allInOne = groups.groups().size() == 1 && groups.groups().get(0).states().size() == system.states().size();
		for (AdjointGroups.Group group : groups.groups()) {
			String first = group.states().get(0);
			String base = allInOne ? "A" : "A_" + String.join("_", group.states());
			adjoints.put(AdjointGroups.variable(group), rails(base, false, 0, SpeciesRole.ADJOINT, ProvenanceKind.ADJOINT,
					first, stateIndex(first), "N2", "adjoint dL/d" + String.join(" = dL/d", group.states())));
		}
		for (String gradient : equations.gradients().keySet()) {
			String parameter = gradient.substring(2);
			gradients.put(gradient, rails("G_" + parameter, false, 0, SpeciesRole.GRADIENT, ProvenanceKind.LOSS_GRADIENT,
					parameter, parameterIndex(parameter), "N3", "gradient dL/d" + parameter));
		}
	}

	void createClocks() {
		create(StageTags.C1, 1, SpeciesRole.CLOCK, ProvenanceKind.CLOCK, null, -1, null, "clock signal of phase C1");
		create(StageTags.C2, 0, SpeciesRole.CLOCK, ProvenanceKind.CLOCK, null, -1, null, "clock signal of phase C2");
	}

	/** Ports for the inputs (INPUT) and the targets (TARGET), named like their source. */
	void addPorts() {
		inputs.forEach((name, rails) -> builder.port(name, PortKind.INPUT, rails.plus(), rails.minus()));
		targets.forEach((name, rails) -> builder.port(name, PortKind.TARGET, rails.plus(), rails.minus()));
	}

	/** Inputs, parameters and states: the variables of stage N1. */
	Map<String, Rails> forwardRails() {
		Map<String, Rails> rails = new HashMap<>(inputs);
		rails.putAll(parameters);
		rails.putAll(states);
		return rails;
	}

	/** Inputs, parameters, copies (under the states' names), adjoints and gradients: the variables of stage N3. */
	Map<String, Rails> backwardRails() {
		Map<String, Rails> rails = new HashMap<>(inputs);
		rails.putAll(parameters);
		rails.putAll(backStates);
		rails.putAll(adjoints);
		rails.putAll(gradients);
		return rails;
	}

	static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private boolean outputNonNegative(String output) {
		return system.outputs().get(output).terms().entrySet().stream().allMatch(term -> term.getValue() > 0
				&& nonNegativeStates.contains(term.getKey().exponents().keySet().iterator().next()));
	}

	private int stateIndex(String name) {
		List<String> names = system.states().stream().map(StateVariable::getName).toList();
		return names.indexOf(name);
	}

	private int parameterIndex(String name) {
		List<String> names = system.parameters().stream().map(Parameter::getName).toList();
		return names.indexOf(name);
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
			throw new CompilationException("neural_crn would give two species of " + system.model().getName() + " the name "
					+ name + " (" + taken.getProvenance().getDescription() + "; " + description + "): rename one of them",
					system.model().getLine());
		}
		Provenance provenance = builder.provenance(kind, layer, unit, -1, description);
		provenance.setStage(stage);
		return builder.species(name, initial, role, provenance);
	}
}
