package org.crnstudio.lang.ide.services;

import java.util.List;

/** Templates of new declarations, in the style of the binding examples. */
final class CrnTemplates {

	static final List<Template> ALL = List.of(
			new Template("crn", "reaction network with a parameter, two species and a reaction",
					"crn ${Name} {\n    parameter ${k} = 1\n    species ${A} = 1\n    species ${B} = 0\n\n"
							+ "    ${A} -> ${B} @ ${k}\n    ${cursor}\n}\n"),
			new Template("nn", "feed-forward neural network with two inputs, a hidden and an output layer",
					"nn ${Name} {\n    input ${x1}, ${x2}\n    layer ${hidden} = dense(2, relu) weights [[1, -1], [-1, 1]]\n"
							+ "    layer ${y} = dense(1, linear) weights [[1, 1]]\n    ${cursor}\n}\n"),
			new Template("simulation", "simulation of a reaction network with the ODE method",
					"simulation ${Name} {\n    of ${network}\n    method ode\n    until 10\n    ${cursor}\n}\n"),
			new Template("ode", "polynomial ODE model (a Neural ODE) with an input, a state and a parameter",
					"ode ${Name} {\n    input ${x}\n    state ${z}\n    parameter ${theta} = 0.5\n"
							+ "    ${z}' = ${theta} * ${x}\n    output ${y} = ${z}\n    ${cursor}\n}\n"),
			new Template("dataset", "inline data set with named input and target columns",
					"dataset ${Name} {\n    inputs ${x1}, ${x2}\n    targets ${y}\n    row 0, 0 -> 0\n    row 1, 1 -> 1\n"
							+ "    ${cursor}\n}\n"),
			new Template("training", "training run of a model on a data set",
					"training ${Name} {\n    of ${model} on ${data}\n    method one_pot(eta = 0.002, period = 300)\n"
							+ "    iterations 1000\n    seed 1\n    ${cursor}\n}\n"));

	private CrnTemplates() {
	}
}
