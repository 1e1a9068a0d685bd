package org.crnstudio.bench;

import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.Assignment;
import org.crnstudio.model.Compilation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Option;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;

/**
 * The simulations of the repository's examples, built in code as the language reads them (the benchmark runs on a
 * plain class path without the language's parser): examples/lotka-volterra.crn and examples/rate-independent.crn.
 */
public final class ExampleSimulations {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private ExampleSimulations() {
	}

	/** Cycles of examples/lotka-volterra.crn: prey 100, predators 20, k1 = 1, k2 = 0.005, k3 = 0.6, until 50. */
	public static Simulation lotkaVolterra() {
		ReactionNetwork network = FACTORY.createReactionNetwork();
		network.setName("LotkaVolterra");
		Species prey = species(network, "Prey", 100);
		Species predator = species(network, "Predator", 20);
		reaction(network, 1.0, new Species[] {prey}, new Species[] {prey, prey});
		reaction(network, 0.005, new Species[] {prey, predator}, new Species[] {predator, predator});
		reaction(network, 0.6, new Species[] {predator}, new Species[0]);
		return simulation("Cycles", network, 50);
	}

	/**
	 * Fig1Run of examples/rate-independent.crn: the seed 004 Fig. 1 network compiled with rate_independent(reduce =
	 * true), inputs x1 = 2, x2 = -1, until 50 (y = 3).
	 */
	public static Simulation fig1() {
		NeuralNetwork nn = RandomNetworks.network("Fig1", 2);
		RandomNetworks.add(nn, "h", RandomNetworks.activation(ActivationKind.RELU),
				new double[][] {{1, -1}, {1, -1}, {1, -1}}, new double[0]);
		RandomNetworks.add(nn, "y", RandomNetworks.activation(ActivationKind.LINEAR), new double[][] {{1, 1, -1}},
				new double[0]);
		ReactionNetwork network = FACTORY.createReactionNetwork();
		network.setName("Fig1Reduced");
		Compilation compilation = FACTORY.createCompilation();
		compilation.setConstruction(Construction.RATE_INDEPENDENT);
		compilation.setSource(nn);
		Option reduce = FACTORY.createOption();
		reduce.setName("reduce");
		reduce.setLiteral("true");
		reduce.setValue(1);
		compilation.getOptions().add(reduce);
		network.setCompilation(compilation);
		new CrnCompiler().compile(network);
		Simulation simulation = simulation("Fig1Run", network, 50);
		simulation.getInputs().add(assignment("x1", 2));
		simulation.getInputs().add(assignment("x2", -1));
		return simulation;
	}

	private static Simulation simulation(String name, ReactionNetwork network, double until) {
		Simulation simulation = FACTORY.createSimulation();
		simulation.setName(name);
		simulation.setNetwork(network);
		simulation.setEndTime(until);
		return simulation;
	}

	private static Species species(ReactionNetwork network, String name, double initial) {
		Species species = FACTORY.createSpecies();
		species.setName(name);
		species.setInitial(initial);
		network.getSpecies().add(species);
		return species;
	}

	private static void reaction(ReactionNetwork network, double rate, Species[] reactants, Species[] products) {
		Reaction reaction = FACTORY.createReaction();
		NumberLiteral literal = FACTORY.createNumberLiteral();
		literal.setValue(rate);
		reaction.setRate(literal);
		for (Species species : reactants) {
			reaction.getReactants().add(term(species));
		}
		for (Species species : products) {
			reaction.getProducts().add(term(species));
		}
		network.getReactions().add(reaction);
	}

	private static Term term(Species species) {
		Term term = FACTORY.createTerm();
		term.setSpecies(species);
		term.setCoefficient(1);
		return term;
	}

	private static Assignment assignment(String name, double value) {
		Assignment assignment = FACTORY.createAssignment();
		assignment.setName(name);
		assignment.setValue(value);
		return assignment;
	}
}
