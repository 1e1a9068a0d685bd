package org.crnstudio.lang.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ast.Arguments;
import org.crnstudio.lang.ast.AtItem;
import org.crnstudio.lang.ast.Call;
import org.crnstudio.lang.ast.Complex;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.InputValues;
import org.crnstudio.lang.ast.MethodItem;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.NoiseItem;
import org.crnstudio.lang.ast.ClockItem;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.PlotItem;
import org.crnstudio.lang.ast.PointsItem;
import org.crnstudio.lang.ast.SeedItem;
import org.crnstudio.lang.ast.SetValues;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.ast.UntilItem;
import org.crnstudio.lang.options.KnownOptions;
import org.crnstudio.lang.scoping.Members;
import org.crnstudio.model.Activation;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Assignment;
import org.crnstudio.model.Compilation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.CrnModel;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.Declaration;
import org.crnstudio.model.Element;
import org.crnstudio.model.Layer;
import org.crnstudio.model.Matrix;
import org.crnstudio.model.MatrixRow;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.NetworkInput;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Observable;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Option;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.RateEquation;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Sample;
import org.crnstudio.model.ScheduledChange;
import org.crnstudio.model.PhaseClock;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.model.StateVariable;
import org.crnstudio.model.Term;
import org.crnstudio.model.Training;
import org.eclipse.emf.ecore.EObject;

/**
 * Builds the semantic model (org.crnstudio.model) of a parsed file. Every element gets its source line. A compiled
 * crn becomes a ReactionNetwork without species or reactions, carrying its Compilation. Works on files with errors
 * too (best effort): what did not resolve is left out or left without target.
 */
public final class ModelBuilder {

	private final CrnFactory factory = CrnFactory.eINSTANCE;
	private final Path directory;
	/** AST element -> the model element built for it (symbols and declarations). */
	private final Map<EObject, EObject> built = new HashMap<>();
	private final ExpressionTranslator expressions = new ExpressionTranslator(built);

	/** @param directory where relative CSV file names of data sets are resolved (the .crn file's folder) */
	public ModelBuilder(Path directory) {
		this.directory = directory;
	}

	public CrnModel build(File file) {
		CrnModel model = at(factory.createCrnModel(), file);
		for (org.crnstudio.lang.ast.Declaration declaration : file.getDeclarations()) {
			Declaration result = switch (declaration) {
				case CrnDef crn -> network(crn);
				case NnDef nn -> neuralNetwork(nn);
				case OdeDef ode -> odeModel(ode);
				case DatasetDef data -> dataset(data);
				case TrainingDef training -> training(training);
				case SimulationDef simulation -> simulation(simulation);
				default -> throw new IllegalArgumentException("Unknown declaration " + declaration.eClass().getName());
			};
			result.setName(declaration.getName());
			built.put(declaration, result);
			model.getDeclarations().add(result);
		}
		linkDeclarations(file);
		return model;
	}

	// ------------------------------------------------------------------ crn

	private ReactionNetwork network(CrnDef crn) {
		ReactionNetwork network = at(factory.createReactionNetwork(), crn);
		if (crn.isCompiled()) {
			Compilation compilation = at(factory.createCompilation(), crn);
			if (crn.getConstruction() != null) {
				Construction construction = Construction.get(crn.getConstruction().getName());
				if (construction != null) {
					compilation.setConstruction(construction);
				}
				addOptions(compilation.getOptions(), crn.getConstruction().getOptions());
			}
			network.setCompilation(compilation);
			return network;
		}
		for (org.crnstudio.lang.ast.ParameterDecl decl : Members.parameters(crn)) {
			network.getParameters().add(parameter(decl));
		}
		for (org.crnstudio.lang.ast.SpeciesDecl decl : Members.species(crn)) {
			Species species = at(factory.createSpecies(), decl);
			species.setName(decl.getName());
			species.setInitial(decl.getInitial());
			species.setRole(SpeciesRole.PLAIN);
			built.put(decl, species);
			network.getSpecies().add(species);
		}
		for (org.crnstudio.lang.ast.ObservableDef decl : Members.observables(crn)) {
			// registered before translation so that observables can use earlier ones
			Observable observable = at(factory.createObservable(), decl);
			observable.setName(decl.getName());
			built.put(decl, observable);
		}
		for (org.crnstudio.lang.ast.ObservableDef decl : Members.observables(crn)) {
			Observable observable = (Observable) built.get(decl);
			observable.setExpression(expressions.translate(decl.getExpression()));
			network.getObservables().add(observable);
		}
		for (org.crnstudio.lang.ast.Reaction decl : Members.reactions(crn)) {
			network.getReactions().add(reaction(decl));
		}
		return network;
	}

	private Parameter parameter(org.crnstudio.lang.ast.ParameterDecl decl) {
		Parameter parameter = at(factory.createParameter(), decl);
		parameter.setName(decl.getName());
		parameter.setValue(decl.getValue());
		parameter.setPositive(Members.declaredPositive(decl));
		built.put(decl, parameter);
		return parameter;
	}

	private Reaction reaction(org.crnstudio.lang.ast.Reaction decl) {
		Reaction reaction = at(factory.createReaction(), decl);
		reaction.setLabel(decl.getLabel());
		addTerms(reaction.getReactants(), decl.getLhs());
		addTerms(reaction.getProducts(), decl.getRhs());
		reaction.setRate(expressions.translate(decl.getRate()));
		reaction.setReversible(decl.isReversible());
		reaction.setReverseRate(expressions.translate(decl.getReverseRate()));
		reaction.setPhase(decl.getPhase());
		return reaction;
	}

	private void addTerms(List<Term> terms, Complex complex) {
		if (complex == null) {
			return;
		}
		for (org.crnstudio.lang.ast.Term decl : complex.getTerms()) {
			if (built.get(decl.getSpecies()) instanceof Species species) {
				Term term = at(factory.createTerm(), decl);
				term.setCoefficient(Coefficients.of(decl));
				term.setSpecies(species);
				terms.add(term);
			}
		}
	}

	// ------------------------------------------------------------------ nn

	private NeuralNetwork neuralNetwork(NnDef nn) {
		NeuralNetwork network = at(factory.createNeuralNetwork(), nn);
		for (InputDecl decl : Members.inputs(nn)) {
			network.getInputs().add(input(decl));
		}
		for (org.crnstudio.lang.ast.Layer decl : Members.layers(nn)) {
			Layer layer = at(factory.createLayer(), decl);
			layer.setName(decl.getName());
			layer.setUnits(decl.getUnits());
			layer.setActivation(activation(decl.getActivation()));
			if (decl.getWeights() != null) {
				Matrix matrix = at(factory.createMatrix(), decl.getWeights());
				for (org.crnstudio.lang.ast.Vector row : decl.getWeights().getRows()) {
					MatrixRow matrixRow = at(factory.createMatrixRow(), row);
					matrixRow.getValues().addAll(row.getValues());
					matrix.getRows().add(matrixRow);
				}
				layer.setWeights(matrix);
			}
			if (decl.getBias() != null) {
				layer.getBias().addAll(decl.getBias().getValues());
			}
			network.getLayers().add(layer);
		}
		return network;
	}

	private NetworkInput input(InputDecl decl) {
		NetworkInput input = at(factory.createNetworkInput(), decl);
		input.setName(decl.getName());
		input.setPositive(Members.declaredPositive(decl));
		built.put(decl, input);
		return input;
	}

	private Activation activation(Call call) {
		Activation activation = at(factory.createActivation(), call);
		if (call == null) {
			return activation;
		}
		ActivationKind kind = ActivationKind.get(call.getName());
		if (kind == null) {
			return activation;
		}
		activation.setKind(kind);
		List<org.crnstudio.lang.options.OptionSpec> specs = KnownOptions.ACTIVATIONS.get(call.getName());
		// h: the documented default where the activation has one; relu is the h = 0 limit
		if (KnownOptions.find(specs, "h").isPresent()) {
			activation.setH(number(call.getOptions(), "h", KnownOptions.defaultNumber(specs, "h")));
		}
		if (KnownOptions.find(specs, "q").isPresent()) {
			activation.setQ(number(call.getOptions(), "q", KnownOptions.defaultNumber(specs, "q")));
		}
		if (KnownOptions.find(specs, "slope").isPresent()) {
			activation.setSlope(number(call.getOptions(), "slope", KnownOptions.defaultNumber(specs, "slope")));
		}
		return activation;
	}

	private static double number(Arguments arguments, String name, double fallback) {
		if (arguments == null) {
			return fallback;
		}
		return arguments.getOptions().stream()
				.filter(o -> name.equals(o.getName()) && o.isAssigned() && o.getWord() == null)
				.map(org.crnstudio.lang.ast.Option::getValue).findFirst().orElse(fallback);
	}

	// ------------------------------------------------------------------ ode

	private OdeModel odeModel(OdeDef ode) {
		OdeModel model = at(factory.createOdeModel(), ode);
		for (InputDecl decl : Members.inputs(ode)) {
			model.getInputs().add(input(decl));
		}
		for (org.crnstudio.lang.ast.StateDecl decl : Members.states(ode)) {
			StateVariable state = at(factory.createStateVariable(), decl);
			state.setName(decl.getName());
			state.setInitial(decl.getInitial());
			state.setPositive(Members.declaredPositive(decl));
			built.put(decl, state);
			model.getStates().add(state);
		}
		for (org.crnstudio.lang.ast.ParameterDecl decl : Members.parameters(ode)) {
			model.getParameters().add(parameter(decl));
		}
		for (org.crnstudio.lang.ast.Equation decl : Members.equations(ode)) {
			RateEquation equation = at(factory.createRateEquation(), decl);
			if (built.get(decl.getState()) instanceof StateVariable state) {
				equation.setState(state);
			}
			equation.setExpression(expressions.translate(decl.getExpression()));
			model.getEquations().add(equation);
		}
		for (org.crnstudio.lang.ast.OutputDef decl : Members.outputs(ode)) {
			Observable output = at(factory.createObservable(), decl);
			output.setName(decl.getName());
			output.setExpression(expressions.translate(decl.getExpression()));
			built.put(decl, output);
			model.getOutputs().add(output);
		}
		return model;
	}

	// ------------------------------------------------------------------ data, training, simulation

	private Dataset dataset(DatasetDef data) {
		Dataset dataset = at(factory.createDataset(), data);
		dataset.getInputColumns().addAll(data.getInputs());
		dataset.getTargetColumns().addAll(data.getTargets());
		if (ClassTargets.isOneHot(data)) {
			return oneHotDataset(dataset, data);
		}
		if (data.getFile() != null) {
			dataset.setFile(data.getFile());
			CsvData.Result rows = CsvData.read(directory.resolve(data.getFile()), data.getInputs(), data.getTargets());
			for (int i = 0; i < rows.inputs().size(); i++) {
				Sample sample = at(factory.createSample(), data);
				for (double v : rows.inputs().get(i)) {
					sample.getInputs().add(v);
				}
				for (double v : rows.targets().get(i)) {
					sample.getTargets().add(v);
				}
				dataset.getSamples().add(sample);
			}
		}
		for (org.crnstudio.lang.ast.Row row : data.getRows()) {
			Sample sample = at(factory.createSample(), row);
			sample.getInputs().addAll(row.getInputs());
			sample.getTargets().addAll(row.getTargets());
			dataset.getSamples().add(sample);
		}
		return dataset;
	}

	/** targets y : onehot(...): one target per class, on at the row's class and off elsewhere. */
	private Dataset oneHotDataset(Dataset dataset, DatasetDef data) {
		if (data.getFile() != null) {
			dataset.setFile(data.getFile());
		}
		CsvData.LabelledResult rows = ClassTargets.read(data, directory);
		List<String> classes = ClassTargets.classes(rows.labels());
		dataset.getClasses().addAll(classes);
		double on = ClassTargets.level(data, "high");
		double off = ClassTargets.level(data, "low");
		for (int i = 0; i < rows.inputs().size(); i++) {
			EObject origin = data.getFile() == null ? data.getRows().get(i) : data;
			Sample sample = at(factory.createSample(), origin);
			for (double v : rows.inputs().get(i)) {
				sample.getInputs().add(v);
			}
			for (double v : ClassTargets.oneHot(rows.labels().get(i), classes, on, off)) {
				sample.getTargets().add(v);
			}
			dataset.getSamples().add(sample);
		}
		return dataset;
	}

	private Training training(TrainingDef decl) {
		Training training = at(factory.createTraining(), decl);
		training.setMethod(methodCall(decl.getMethod()));
		training.setIterations(decl.getIterations());
		training.setEpochs(decl.getEpochs());
		training.setSeed(decl.getSeed());
		training.setTrainCount(decl.getTrainCount());
		training.setValidationCount(decl.getValidationCount());
		return training;
	}

	private Simulation simulation(SimulationDef decl) {
		Simulation simulation = at(factory.createSimulation(), decl);
		for (org.crnstudio.lang.ast.SimulationItem item : decl.getItems()) {
			switch (item) {
				case InputValues values -> values.getValues().forEach(a -> simulation.getInputs().add(assignment(a)));
				case SetValues values -> values.getValues().forEach(a -> simulation.getSettings().add(assignment(a)));
				case MethodItem method -> simulation.setMethod(methodCall(method.getMethod()));
				case NoiseItem noise -> {
					MethodCall call = at(factory.createMethodCall(), noise);
					call.setName("noise");
					addOptions(call.getOptions(), noise.getNoise());
					simulation.setNoise(call);
					simulation.getNoiseSpecies().addAll(noise.getSpecies());
				}
				case ClockItem clock -> {
					PhaseClock phaseClock = at(factory.createPhaseClock(), clock);
					phaseClock.getPhases().addAll(clock.getPhases());
					phaseClock.setPeriod(clock.getPeriod());
					simulation.setClock(phaseClock);
				}
				case SeedItem seed -> simulation.setSeed(seed.getSeed());
				case UntilItem until -> {
					if (until.isSteady()) {
						simulation.setUntilSteady(true);
						simulation.setSteadyTolerance(number(until.getOptions(), "tol", KnownOptions.defaultNumber(KnownOptions.STEADY, "tol")));
					} else {
						simulation.setEndTime(until.getTime());
					}
				}
				case PointsItem points -> simulation.setOutputPoints(points.getPoints());
				case PlotItem plot -> simulation.getObserved().addAll(plot.getNames());
				case AtItem at -> {
					ScheduledChange change = at(factory.createScheduledChange(), at);
					change.setTime(at.getTime());
					change.setPhase(at.getPhase());
					at.getValues().forEach(a -> change.getAssignments().add(assignment(a)));
					simulation.getSchedule().add(change);
				}
				default -> throw new IllegalArgumentException("Unknown simulation item " + item.eClass().getName());
			}
		}
		return simulation;
	}

	private Assignment assignment(org.crnstudio.lang.ast.Assignment decl) {
		Assignment assignment = at(factory.createAssignment(), decl);
		assignment.setName(decl.getName());
		assignment.setValue(decl.getValue());
		return assignment;
	}

	private MethodCall methodCall(Call call) {
		if (call == null) {
			return null;
		}
		MethodCall method = at(factory.createMethodCall(), call);
		method.setName(call.getName());
		addOptions(method.getOptions(), call.getOptions());
		return method;
	}

	/** name = number -> value; name = word -> literal (true/false also 1/0 in value); a flag -> literal "true", value 1. */
	private void addOptions(List<Option> options, Arguments arguments) {
		if (arguments == null) {
			return;
		}
		for (org.crnstudio.lang.ast.Option decl : arguments.getOptions()) {
			Option option = at(factory.createOption(), decl);
			option.setName(decl.getName());
			if (!decl.isAssigned()) {
				option.setLiteral("true");
				option.setValue(1);
			} else if (decl.getWord() != null) {
				option.setLiteral(decl.getWord());
				option.setValue(switch (decl.getWord()) {
					case "true" -> 1;
					case "false" -> 0;
					default -> Double.NaN;
				});
			} else {
				option.setValue(decl.getValue());
			}
			options.add(option);
		}
	}

	// ------------------------------------------------------------------ references between declarations

	private void linkDeclarations(File file) {
		for (org.crnstudio.lang.ast.Declaration declaration : file.getDeclarations()) {
			switch (declaration) {
				case CrnDef crn when crn.isCompiled() -> {
					Compilation compilation = ((ReactionNetwork) built.get(crn)).getCompilation();
					if (built.get(crn.getSource()) instanceof Declaration source) {
						compilation.setSource(source);
					}
				}
				case TrainingDef decl -> {
					Training training = (Training) built.get(decl);
					if (built.get(decl.getModel()) instanceof Declaration model) {
						training.setModel(model);
					}
					if (built.get(decl.getDataset()) instanceof Dataset dataset) {
						training.setDataset(dataset);
					}
				}
				case SimulationDef decl -> {
					if (built.get(decl.getNetwork()) instanceof ReactionNetwork network) {
						((Simulation) built.get(decl)).setNetwork(network);
					}
				}
				default -> {
				}
			}
		}
	}

	private static <T extends Element> T at(T element, EObject source) {
		element.setLine(SourceLines.lineOf(source));
		return element;
	}
}
