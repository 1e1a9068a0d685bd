package org.crnstudio.compile.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.crnstudio.compile.kinetics.MassActionOde;
import org.crnstudio.compile.nn.ForwardPass;
import org.crnstudio.compile.nn.Models;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.Activation;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.Option;
import org.crnstudio.model.Port;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.sim.OdeSimulator;
import org.crnstudio.sim.SimulationPlan;
import org.crnstudio.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * The fixed-point construction: (1) the compiled mass-action ODE of every node is
 * dx/dt = h + (b + sum_i w_i x'_i) x - x^2 at random states of random networks (to 1e-12, for every rail option);
 * (2) the simulated state settles on the forward pass to 1e-6 from zero, from all ones and from a large random
 * state, on examples/fixed-point.crn and on a random deeper network.
 */
class FixedPointSettlingTest {

	private static final double[] NODE_STARTS = { 0, 1, -1 }; // -1: large random (50 * U(0, 1))

	@Test
	void compiledOdeIsTheNodeEquationAtRandomPointsOfRandomNetworks() {
		Random random = new Random(123);
		List<Option[]> settings = List.of(new Option[0], new Option[] { Models.option("rails", "exact") },
				new Option[] { Models.option("margin", "0.3") }, new Option[] { Models.option("shared_h", "false") });
		for (int trial = 0; trial < 6; trial++) {
			NeuralNetwork net = randomNetwork(random, "Random" + trial);
			for (Option[] options : settings) {
				ReactionNetwork crn = Models.compile(net, Construction.FIXED_POINT, copies(options));
				MassActionOde ode = new MassActionOde(crn);
				for (int point = 0; point < 5; point++) {
					double[] state = ode.initial();
					List<Double> inputs = new ArrayList<>();
					for (int i = 0; i < net.getInputs().size(); i++) {
						double value = 3 * random.nextDouble();
						inputs.add(value);
						ode.setInput(state, net.getInputs().get(i).getName(), value);
					}
					List<double[]> x = new ArrayList<>();
					for (Layer layer : net.getLayers()) {
						double[] values = new double[layer.getUnits()];
						for (int j = 0; j < values.length; j++) {
							values[j] = 5 * random.nextDouble();
							state[ode.indexOf(layer.getName() + "_" + (j + 1))] = values[j];
						}
						x.add(values);
					}
					double[] rhs = ode.rhs(state);
					double[] previous = inputs.stream().mapToDouble(Double::doubleValue).toArray();
					for (int l = 0; l < net.getLayers().size(); l++) {
						Layer layer = net.getLayers().get(l);
						double h = layer.getActivation().getH();
						for (int j = 0; j < layer.getUnits(); j++) {
							double z = layer.getBias().isEmpty() ? 0 : layer.getBias().get(j);
							for (int i = 0; i < previous.length; i++) {
								z += layer.getWeights().getRows().get(j).getValues().get(i) * previous[i];
							}
							double xj = x.get(l)[j];
							assertEquals(h + z * xj - xj * xj, rhs[ode.indexOf(layer.getName() + "_" + (j + 1))], 1e-12,
									net.getName() + " " + layer.getName() + "_" + (j + 1));
						}
						previous = x.get(l);
					}
				}
			}
		}
	}

	@Test
	void exampleSettlesOnTheForwardPassFromZeroOnesAndALargeRandomState() {
		LoadedFile file = ExampleFiles.load("fixed-point.crn");
		double[] expected = ForwardPass.of(ExampleFiles.find(file, NeuralNetwork.class, "Small")).outputs(0.8, 1.2);
		ReactionNetwork crn = ExampleFiles.compiled(file, "SmallCrn");
		Simulation settle = ExampleFiles.find(file, Simulation.class, "Settle");
		Random random = new Random(99);
		for (double start : NODE_STARTS) {
			startNodesAt(crn, start, random);
			SimulationResult result = new OdeSimulator().run(SimulationPlan.of(settle));
			assertEquals(expected[0], result.finalValue("out1"), 1e-6, "start " + start);
			assertEquals(expected[1], result.finalValue("out2"), 1e-6, "start " + start);
		}
	}

	@Test
	void randomDeeperNetworkSettlesFromEveryStart() {
		Random random = new Random(4242);
		NeuralNetwork net = randomNetwork(random, "Deeper");
		ReactionNetwork crn = Models.compile(net, Construction.FIXED_POINT);
		double[] inputs = new double[net.getInputs().size()];
		for (int i = 0; i < inputs.length; i++) {
			inputs[i] = 2 * random.nextDouble();
			Port port = crn.getPorts().get(i);
			port.getPlus().setInitial(inputs[i]);
		}
		double[] expected = ForwardPass.of(net).outputs(inputs);
		int outputs = net.getLayers().get(net.getLayers().size() - 1).getUnits();
		List<String> series = new ArrayList<>();
		for (int k = 1; k <= outputs; k++) {
			series.add(outputs == 1 ? "out" : "out" + k);
		}
		for (double start : NODE_STARTS) {
			startNodesAt(crn, start, random);
			SimulationResult result = new OdeSimulator().run(SimulationPlan.forNetwork(crn, 60).withSeries(series));
			for (int k = 0; k < outputs; k++) {
				assertEquals(expected[k], result.finalValue(series.get(k)), 1e-6, series.get(k) + " from start " + start);
			}
		}
	}

	/** Hidden and output species at 0, at 1, or (start < 0) at 50 * U(0, 1). */
	private static void startNodesAt(ReactionNetwork crn, double start, Random random) {
		for (Species species : crn.getSpecies()) {
			if (species.getRole() == SpeciesRole.HIDDEN || species.getRole() == SpeciesRole.OUTPUT) {
				species.setInitial(start >= 0 ? start : 50 * random.nextDouble());
			}
		}
	}

	/** 2-4 inputs, 1-3 smooth_relu layers of 2-6 units with random h in [0.2, 2], weights and biases in [-1, 1]. */
	private static NeuralNetwork randomNetwork(Random random, String name) {
		int inputs = 2 + random.nextInt(3);
		String[] names = new String[inputs];
		for (int i = 0; i < inputs; i++) {
			names[i] = "d" + (i + 1);
		}
		Models.NnBuilder builder = Models.nn(name).input(names);
		int fanIn = inputs;
		int hidden = 1 + random.nextInt(3);
		for (int l = 0; l <= hidden; l++) {
			int units = l == hidden ? 1 + random.nextInt(3) : 2 + random.nextInt(5);
			Activation activation = Models.smoothRelu(0.2 + 1.8 * random.nextDouble());
			builder.layer(l == hidden ? "out" : "h" + (l + 1), activation, Models.random(random, units, fanIn, 1),
					Models.random(random, 1, units, 1)[0]);
			fanIn = units;
		}
		return builder.build();
	}

	private static Option[] copies(Option[] options) {
		Option[] copies = new Option[options.length];
		for (int i = 0; i < options.length; i++) {
			copies[i] = Models.option(options[i].getName(), options[i].getLiteral());
		}
		return copies;
	}
}
