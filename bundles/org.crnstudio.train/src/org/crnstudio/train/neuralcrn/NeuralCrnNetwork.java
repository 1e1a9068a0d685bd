package org.crnstudio.train.neuralcrn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CompilationOptions;
import org.crnstudio.compile.neuralcrn.NeuralCrnCompiler;
import org.crnstudio.io.expression.CompiledExpression;
import org.crnstudio.io.expression.ExpressionEvaluator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Observable;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Option;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.train.TrainingException;

/**
 * The Neural CRN of an ode model (compiled once) with what the training run touches: input and target ports (one or
 * two rails), the parameter species (kept from sample to sample), every other species (returned to its declared
 * initial value before each sample) and the output observables.
 */
final class NeuralCrnNetwork {

	private final OdeModel source;
	private final ReactionNetwork network;
	private final List<Port> inputs;
	private final List<Port> targets;
	private final int[] resetSpecies;
	private final double[] resetValues;
	private final Map<String, int[]> parameterRails = new LinkedHashMap<>();
	private final List<CompiledExpression> outputs = new ArrayList<>();

	private NeuralCrnNetwork(OdeModel source, ReactionNetwork network) {
		this.source = source;
		this.network = network;
		this.inputs = network.getPorts().stream().filter(port -> port.getKind() == PortKind.INPUT).toList();
		this.targets = network.getPorts().stream().filter(port -> port.getKind() == PortKind.TARGET).toList();
		List<Species> species = network.getSpecies();
		List<Integer> reset = new ArrayList<>();
		for (int s = 0; s < species.size(); s++) {
			SpeciesRole role = species.get(s).getRole();
			if (role != SpeciesRole.PARAMETER && role != SpeciesRole.CLOCK) {
				reset.add(s);
			}
		}
		resetSpecies = reset.stream().mapToInt(Integer::intValue).toArray();
		resetValues = reset.stream().mapToDouble(s -> species.get(s).getInitial()).toArray();
		for (Parameter parameter : source.getParameters()) {
			int plus = indexOf(species, capitalized(parameter.getName()));
			if (plus >= 0) {
				parameterRails.put(parameter.getName(), new int[] { plus, -1 });
			} else {
				parameterRails.put(parameter.getName(), new int[] { indexOf(species, capitalized(parameter.getName()) + "_p"),
						indexOf(species, capitalized(parameter.getName()) + "_n") });
			}
		}
		for (Observable observable : network.getObservables()) {
			outputs.add(ExpressionEvaluator.compile(observable.getExpression(),
					symbol -> symbol instanceof Species s ? species.indexOf(s) : -1, "species"));
		}
	}

	static NeuralCrnNetwork compile(OdeModel source, List<Option> options, int line) {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		network.setName(source.getName() + "NeuralCrn");
		try {
			new NeuralCrnCompiler().compile(source, new CompilationOptions("neural_crn", options, line), network);
		} catch (CompilationException e) {
			throw new TrainingException(e.getMessage(), e.getLine() > 0 ? e.getLine() : line, e);
		}
		return new NeuralCrnNetwork(source, network);
	}

	ReactionNetwork network() {
		return network;
	}

	OdeModel source() {
		return source;
	}

	int inputCount() {
		return inputs.size();
	}

	int outputCount() {
		return targets.size();
	}

	int speciesIndex(Species species) {
		return network.getSpecies().indexOf(species);
	}

	Port input(int j) {
		return inputs.get(j);
	}

	Port target(int k) {
		return targets.get(k);
	}

	int[] resetSpecies() {
		return resetSpecies;
	}

	double[] resetValues() {
		return resetValues;
	}

	/** Each parameter's current value: one species, or the difference of its two rails. */
	Map<String, Double> parameters(double[] concentrations) {
		Map<String, Double> values = new LinkedHashMap<>();
		parameterRails.forEach((name, rails) -> values.put(name,
				rails[1] < 0 ? concentrations[rails[0]] : concentrations[rails[0]] - concentrations[rails[1]]));
		return values;
	}

	/** The outputs' values (the observables, in output order) for the concentrations. */
	double[] outputs(double[] concentrations) {
		double[] values = new double[outputs.size()];
		for (int k = 0; k < values.length; k++) {
			values[k] = outputs.get(k).valueAt(concentrations);
		}
		return values;
	}

	private static int indexOf(List<Species> species, String name) {
		for (int s = 0; s < species.size(); s++) {
			if (species.get(s).getName().equals(name)) {
				return s;
			}
		}
		return -1;
	}

	private static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
