package org.crnstudio.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.ActivationKind;
import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.Construction;
import org.crnstudio.model.Dataset;
import org.crnstudio.model.Layer;
import org.crnstudio.model.NeuralNetwork;
import org.crnstudio.model.OdeModel;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Sample;
import org.crnstudio.model.Simulation;
import org.crnstudio.model.Species;
import org.crnstudio.model.SymbolReference;
import org.crnstudio.model.Term;
import org.crnstudio.model.Training;
import org.junit.jupiter.api.Test;

/** The semantic model built from the examples, element by element, against the text of the files. */
class ModelBuilderTest {

	@Test
	void lotkaVolterra() {
		LoadedFile file = Examples.load("lotka-volterra.crn");
		ReactionNetwork crn = file.find(ReactionNetwork.class, "LotkaVolterra").orElseThrow();
		assertEquals(4, crn.getLine());
		assertEquals(List.of("k1", "k2", "k3"), crn.getParameters().stream().map(p -> p.getName()).toList());
		assertEquals(List.of(1.0, 0.005, 0.6), crn.getParameters().stream().map(p -> p.getValue()).toList());
		assertEquals(List.of(5, 6, 7), crn.getParameters().stream().map(p -> p.getLine()).toList());
		assertEquals(List.of("Prey", "Predator"), crn.getSpecies().stream().map(Species::getName).toList());
		assertEquals(List.of(100.0, 20.0), crn.getSpecies().stream().map(Species::getInitial).toList());
		assertEquals(3, crn.getReactions().size());
		Species prey = crn.getSpecies().get(0);
		Species predator = crn.getSpecies().get(1);

		Reaction birth = crn.getReactions().get(0);
		assertEquals("birth", birth.getLabel());
		assertEquals(12, birth.getLine());
		assertTerms(birth.getReactants(), prey, 1);
		assertTerms(birth.getProducts(), prey, 2);
		assertSame(crn.getParameters().get(0), ((SymbolReference) birth.getRate()).getSymbol());
		assertFalse(birth.isReversible());

		Reaction predation = crn.getReactions().get(1);
		assertEquals("predation", predation.getLabel());
		assertEquals(2, predation.getReactants().size());
		assertSame(prey, predation.getReactants().get(0).getSpecies());
		assertSame(predator, predation.getReactants().get(1).getSpecies());
		assertTerms(predation.getProducts(), predator, 2);
		assertEquals(0.005, Evaluate.constant(predation.getRate()));

		Reaction death = crn.getReactions().get(2);
		assertEquals("death", death.getLabel());
		assertTerms(death.getReactants(), predator, 1);
		assertTrue(death.getProducts().isEmpty());
		assertEquals(0.6, Evaluate.constant(death.getRate()));

		Simulation cycles = file.find(Simulation.class, "Cycles").orElseThrow();
		assertSame(crn, cycles.getNetwork());
		assertEquals(50.0, cycles.getEndTime());
		assertEquals("ode", cycles.getMethod().getName());
		assertEquals(List.of("Prey", "Predator"), cycles.getObserved());
		assertEquals(500, cycles.getOutputPoints(), "default number of output intervals");
	}

	@Test
	void fixedPoint() {
		LoadedFile file = Examples.load("fixed-point.crn");
		NeuralNetwork nn = file.find(NeuralNetwork.class, "Small").orElseThrow();
		assertEquals(List.of("d1", "d2"), nn.getInputs().stream().map(i -> i.getName()).toList());
		assertFalse(nn.getInputs().get(0).isPositive());
		Layer hidden = nn.getLayers().get(0);
		assertEquals("hidden", hidden.getName());
		assertEquals(3, hidden.getUnits());
		assertEquals(ActivationKind.SMOOTH_RELU, hidden.getActivation().getKind());
		assertEquals(1.0, hidden.getActivation().getH());
		assertEquals(List.of(List.of(0.5, -1.0), List.of(1.5, 0.3), List.of(-0.7, 0.8)), rows(hidden));
		assertEquals(List.of(0.1, -0.2, 0.3), hidden.getBias());
		Layer out = nn.getLayers().get(1);
		assertEquals(2, out.getUnits());
		assertEquals(List.of(List.of(1.0, -0.5, 0.4), List.of(-0.3, 0.9, 0.2)), rows(out));
		assertEquals(List.of(0.0, 0.1), out.getBias());
		assertEquals(10, out.getLine());

		ReactionNetwork crn = file.find(ReactionNetwork.class, "SmallCrn").orElseThrow();
		assertTrue(crn.getSpecies().isEmpty() && crn.getReactions().isEmpty());
		assertSame(nn, crn.getCompilation().getSource());
		assertEquals(Construction.FIXED_POINT, crn.getCompilation().getConstruction());
		assertTrue(crn.getCompilation().getOptions().isEmpty());

		Simulation settle = file.find(Simulation.class, "Settle").orElseThrow();
		assertSame(crn, settle.getNetwork());
		assertEquals(List.of("d1", "d2"), settle.getInputs().stream().map(a -> a.getName()).toList());
		assertEquals(List.of(0.8, 1.2), settle.getInputs().stream().map(a -> a.getValue()).toList());
		assertEquals(30.0, settle.getEndTime());
		assertEquals(List.of("out1", "out2"), settle.getObserved());
	}

	@Test
	void rateIndependent() {
		LoadedFile file = Examples.load("rate-independent.crn");
		NeuralNetwork nn = file.find(NeuralNetwork.class, "Fig1").orElseThrow();
		assertEquals(ActivationKind.RELU, nn.getLayers().get(0).getActivation().getKind());
		assertEquals(ActivationKind.LINEAR, nn.getLayers().get(1).getActivation().getKind());
		assertEquals(List.of(List.of(1.0, -1.0), List.of(1.0, -1.0), List.of(1.0, -1.0)), rows(nn.getLayers().get(0)));
		assertEquals(List.of(List.of(1.0, 1.0, -1.0)), rows(nn.getLayers().get(1)));
		assertTrue(nn.getLayers().get(0).getBias().isEmpty());

		ReactionNetwork full = file.find(ReactionNetwork.class, "Fig1Crn").orElseThrow();
		ReactionNetwork reduced = file.find(ReactionNetwork.class, "Fig1Reduced").orElseThrow();
		assertEquals(Construction.RATE_INDEPENDENT, full.getCompilation().getConstruction());
		assertEquals("reduce", full.getCompilation().getOptions().get(0).getName());
		assertEquals("false", full.getCompilation().getOptions().get(0).getLiteral());
		assertEquals(0.0, full.getCompilation().getOptions().get(0).getValue());
		assertEquals("true", reduced.getCompilation().getOptions().get(0).getLiteral());
		assertEquals(1.0, reduced.getCompilation().getOptions().get(0).getValue());

		Simulation run = file.find(Simulation.class, "Fig1Run").orElseThrow();
		assertSame(reduced, run.getNetwork());
		assertEquals(List.of(2.0, -1.0), run.getInputs().stream().map(a -> a.getValue()).toList());
		assertEquals(List.of("y"), run.getObserved());
	}

	@Test
	void neuralCrnLinearRegression() {
		LoadedFile file = Examples.load("neural-crn-linreg.crn");
		OdeModel ode = file.find(OdeModel.class, "LinReg").orElseThrow();
		assertEquals(List.of("x1", "x2"), ode.getInputs().stream().map(i -> i.getName()).toList());
		assertTrue(ode.getInputs().stream().allMatch(i -> i.isPositive()));
		assertEquals(List.of("z1", "z2"), ode.getStates().stream().map(s -> s.getName()).toList());
		assertTrue(ode.getStates().stream().noneMatch(s -> s.isPositive()));
		assertEquals(List.of(0.0, 0.0), ode.getStates().stream().map(s -> s.getInitial()).toList());
		assertEquals(List.of("theta1", "theta2"), ode.getParameters().stream().map(p -> p.getName()).toList());
		assertEquals(List.of(0.5, 0.5), ode.getParameters().stream().map(p -> p.getValue()).toList());
		assertTrue(ode.getParameters().stream().allMatch(p -> p.isPositive()));
		assertEquals(2, ode.getEquations().size());
		for (int i = 0; i < 2; i++) {
			var equation = ode.getEquations().get(i);
			assertSame(ode.getStates().get(i), equation.getState());
			BinaryExpression product = assertInstanceOf(BinaryExpression.class, equation.getExpression());
			assertEquals(BinaryOperator.MULTIPLY, product.getOperator());
			assertSame(ode.getParameters().get(i), ((SymbolReference) product.getLeft()).getSymbol());
			assertSame(ode.getInputs().get(i), ((SymbolReference) product.getRight()).getSymbol());
			assertEquals(12 + i, equation.getLine());
		}
		assertEquals("yhat", ode.getOutputs().get(0).getName());
		BinaryExpression sum = (BinaryExpression) ode.getOutputs().get(0).getExpression();
		assertEquals(BinaryOperator.ADD, sum.getOperator());

		ReactionNetwork crn = file.find(ReactionNetwork.class, "LinRegCrn").orElseThrow();
		assertEquals(Construction.NEURAL_CRN, crn.getCompilation().getConstruction());
		assertEquals("T", crn.getCompilation().getOptions().get(0).getName());
		assertEquals(0.5, crn.getCompilation().getOptions().get(0).getValue());

		Dataset plane = file.find(Dataset.class, "Plane").orElseThrow();
		assertEquals(List.of("x1", "x2"), plane.getInputColumns());
		assertEquals(List.of("y"), plane.getTargetColumns());
		assertEquals(6, plane.getSamples().size());
		for (Sample sample : plane.getSamples()) {
			// the rows lie on y = x1 + 2 x2 (the file's own statement)
			assertEquals(sample.getInputs().get(0) + 2 * sample.getInputs().get(1), sample.getTargets().get(0), 1e-12);
		}
		assertEquals(List.of(1.5, 4.0), plane.getSamples().get(3).getInputs());
		assertEquals(25, plane.getSamples().get(3).getLine());

		Training fit = file.find(Training.class, "Fit").orElseThrow();
		assertSame(ode, fit.getModel());
		assertSame(plane, fit.getDataset());
		assertEquals("neural_crn", fit.getMethod().getName());
		assertEquals(List.of("T", "eta"), fit.getMethod().getOptions().stream().map(o -> o.getName()).toList());
		assertEquals(List.of(0.5, 0.1), fit.getMethod().getOptions().stream().map(o -> o.getValue()).toList());
		assertEquals(20, fit.getEpochs());
		assertEquals(0, fit.getIterations());
		assertEquals(7L, fit.getSeed());
	}

	@Test
	void onePotXor() {
		LoadedFile file = Examples.load("one-pot-xor.crn");
		Dataset xor = file.find(Dataset.class, "Xor").orElseThrow();
		assertEquals(4, xor.getSamples().size());
		for (Sample sample : xor.getSamples()) {
			double a = sample.getInputs().get(0);
			double b = sample.getInputs().get(1);
			assertEquals(a != b ? 1.0 : 0.0, sample.getTargets().get(0));
		}
		NeuralNetwork net = file.find(NeuralNetwork.class, "XorNet").orElseThrow();
		assertEquals(List.of(10, 1), net.getLayers().stream().map(Layer::getUnits).toList());
		assertTrue(net.getLayers().stream().allMatch(l -> l.getActivation().getKind() == ActivationKind.SMOOTH_RELU
				&& l.getActivation().getH() == 3.0));
		assertTrue(net.getLayers().stream().allMatch(l -> l.getWeights() == null && l.getBias().isEmpty()));
		Training training = file.find(Training.class, "XorTraining").orElseThrow();
		assertSame(net, training.getModel());
		assertSame(xor, training.getDataset());
		assertEquals("one_pot", training.getMethod().getName());
		assertEquals(0.002, training.getMethod().getOptions().get(0).getValue());
		assertEquals(300.0, training.getMethod().getOptions().get(1).getValue());
		assertEquals(26000, training.getIterations());
		assertEquals(1L, training.getSeed());
		assertNull(file.find(ReactionNetwork.class, "XorNet").orElse(null), "find filters by type");
	}

	private static void assertTerms(List<Term> terms, Species species, int coefficient) {
		assertEquals(1, terms.size());
		assertSame(species, terms.get(0).getSpecies());
		assertEquals(coefficient, terms.get(0).getCoefficient());
	}

	private static List<List<Double>> rows(Layer layer) {
		return layer.getWeights().getRows().stream().map(r -> List.copyOf(r.getValues())).toList();
	}
}
