package org.crnstudio.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.print.CrnTextWriter;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.Term;
import org.junit.jupiter.api.Test;

/** CrnTextWriter output parses back to the same network: species, initials, reactions, evaluated rates. */
class TextWriterRoundTripTest {

	private static final CrnFactory F = CrnFactory.eINSTANCE;
	private final CrnTextWriter writer = new CrnTextWriter();

	@Test
	void everyPlainNetworkOfTheExamplesRoundTrips() {
		int plain = 0;
		for (String name : Examples.names().toList()) {
			LoadedFile file = Examples.load(name);
			for (ReactionNetwork network : file.model().getDeclarations().stream()
					.filter(ReactionNetwork.class::isInstance).map(ReactionNetwork.class::cast).toList()) {
				if (network.getCompilation() == null && !name.equals("broken.crn")) {
					assertSameNetwork(network, roundTrip(network));
					plain++;
				}
			}
		}
		assertEquals(2, plain, "the examples hold two plain crns (BirthDeath, LotkaVolterra)");
	}

	@Test
	void syntheticNetworkWithEveryFeatureRoundTrips() {
		ReactionNetwork network = F.createReactionNetwork();
		network.setName("Everything");
		Parameter k = parameter(network, "k", 2.5e-7);
		Parameter kr = parameter(network, "layer", 3.0); // a keyword as parameter name
		Species a = species(network, "A", 1.0E-6);
		Species b = species(network, "species", 0.1 + 0.2); // keyword name; a value with no short decimal form
		Species c = species(network, "C_2", 12345.678e10);
		Species d = species(network, "D", 0);

		reaction(network, "bind", List.of(term(a, 2), term(b, 1)), List.of(term(c, 3)), ref(k), null, null);
		Reaction reversible = reaction(network, null, List.of(term(c, 1)), List.of(term(a, 1), term(d, 1)),
				binary(BinaryOperator.MULTIPLY, number(2.0), ref(k)), binary(BinaryOperator.POWER, ref(kr), negate(number(0.5))), "C1");
		reversible.setReversible(true);
		reaction(network, "when", List.of(), List.of(term(d, 1)), // source from nothing; a keyword as label
				binary(BinaryOperator.DIVIDE, number(1.0), binary(BinaryOperator.SUBTRACT, ref(kr), number(1.0))), null, "C2");
		reaction(network, null, List.of(term(d, 1)), List.of(),
				binary(BinaryOperator.SUBTRACT, number(10.0), binary(BinaryOperator.SUBTRACT, number(3.0), number(2.0))), null, null);
		reaction(network, null, List.of(term(a, 1)), List.of(term(b, 1)),
				binary(BinaryOperator.POWER, binary(BinaryOperator.ADD, number(1.0), number(1.0)), binary(BinaryOperator.POWER, number(3.0), number(2.0))),
				null, null);
		org.crnstudio.model.FunctionCall sqrt = F.createFunctionCall();
		sqrt.setFunction("max");
		sqrt.getArguments().add(number(0.25));
		sqrt.getArguments().add(ref(k));
		reaction(network, null, List.of(term(b, 1)), List.of(term(a, 1)), sqrt, null, null);
		org.crnstudio.model.Observable observable = F.createObservable();
		observable.setName("y");
		observable.setExpression(binary(BinaryOperator.SUBTRACT, ref(a), ref(b)));
		network.getObservables().add(observable);

		String text = writer.write(network);
		assertTrue(text.contains("^species") && text.contains("^layer") && text.contains("^when:"), text);
		ReactionNetwork back = roundTrip(network);
		assertSameNetwork(network, back);
		assertEquals(List.of("C1", "C2"), back.getReactions().stream().map(Reaction::getPhase).filter(p -> p != null).toList());
		assertEquals("y", back.getObservables().get(0).getName());
		assertEquals(512.0, Evaluate.constant(back.getReactions().get(4).getRate()), "2^(3^2): ^ is right associative");
		assertEquals(9.0, Evaluate.constant(back.getReactions().get(3).getRate()), "10 - (3 - 2)");
	}

	@Test
	void compiledNetworkNotYetFilledPrintsItsCompileDeclaration() {
		LoadedFile file = Examples.load("rate-independent.crn");
		ReactionNetwork reduced = file.find(ReactionNetwork.class, "Fig1Reduced").orElseThrow();
		assertEquals("crn Fig1Reduced = compile Fig1 with rate_independent(reduce = true)\n", writer.write(reduced));
	}

	@Test
	void namesThatAreNotIdentifiersAreRefused() {
		ReactionNetwork network = F.createReactionNetwork();
		network.setName("N");
		species(network, "1bad", 0);
		assertThrows(IllegalArgumentException.class, () -> writer.write(network));
	}

	private ReactionNetwork roundTrip(ReactionNetwork network) {
		String text = writer.write(network);
		LoadedFile back = Examples.LOADER.load(text, "roundtrip.crn");
		assertEquals("", back.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")), text);
		return back.find(ReactionNetwork.class, network.getName()).orElseThrow();
	}

	private static void assertSameNetwork(ReactionNetwork expected, ReactionNetwork actual) {
		assertEquals(names(expected), names(actual));
		assertEquals(expected.getSpecies().stream().map(Species::getInitial).toList(),
				actual.getSpecies().stream().map(Species::getInitial).toList(), "initial values, bit for bit");
		assertEquals(expected.getParameters().stream().map(p -> p.getName() + "=" + p.getValue()).toList(),
				actual.getParameters().stream().map(p -> p.getName() + "=" + p.getValue()).toList());
		assertEquals(expected.getReactions().size(), actual.getReactions().size());
		for (int i = 0; i < expected.getReactions().size(); i++) {
			Reaction e = expected.getReactions().get(i);
			Reaction a = actual.getReactions().get(i);
			assertEquals(side(e.getReactants()), side(a.getReactants()), "reactants of reaction " + i);
			assertEquals(side(e.getProducts()), side(a.getProducts()), "products of reaction " + i);
			assertEquals(e.getLabel(), a.getLabel());
			assertEquals(e.isReversible(), a.isReversible());
			assertEquals(e.getPhase(), a.getPhase());
			assertEquals(Evaluate.constant(e.getRate()), Evaluate.constant(a.getRate()), "rate of reaction " + i);
			if (e.isReversible()) {
				assertEquals(Evaluate.constant(e.getReverseRate()), Evaluate.constant(a.getReverseRate()));
			}
		}
		assertEquals(expected.getObservables().stream().map(o -> o.getName()).toList(),
				actual.getObservables().stream().map(o -> o.getName()).toList());
		assertFalse(actual.getSpecies().isEmpty());
	}

	private static List<String> names(ReactionNetwork network) {
		return network.getSpecies().stream().map(Species::getName).toList();
	}

	private static Map<String, Integer> side(List<Term> terms) {
		Map<String, Integer> counts = new TreeMap<>();
		terms.forEach(t -> counts.merge(t.getSpecies().getName(), t.getCoefficient(), Integer::sum));
		return counts;
	}

	private static Parameter parameter(ReactionNetwork network, String name, double value) {
		Parameter p = F.createParameter();
		p.setName(name);
		p.setValue(value);
		network.getParameters().add(p);
		return p;
	}

	private static Species species(ReactionNetwork network, String name, double initial) {
		Species s = F.createSpecies();
		s.setName(name);
		s.setInitial(initial);
		network.getSpecies().add(s);
		return s;
	}

	private static Term term(Species species, int coefficient) {
		Term t = F.createTerm();
		t.setSpecies(species);
		t.setCoefficient(coefficient);
		return t;
	}

	private static Reaction reaction(ReactionNetwork network, String label, List<Term> reactants, List<Term> products,
			Expression rate, Expression reverse, String phase) {
		Reaction r = F.createReaction();
		r.setLabel(label);
		r.getReactants().addAll(reactants);
		r.getProducts().addAll(products);
		r.setRate(rate);
		r.setReverseRate(reverse);
		r.setPhase(phase);
		network.getReactions().add(r);
		return r;
	}

	private static NumberLiteral number(double value) {
		NumberLiteral n = F.createNumberLiteral();
		n.setValue(value);
		return n;
	}

	private static Expression ref(org.crnstudio.model.Symbol parameter) {
		org.crnstudio.model.SymbolReference r = F.createSymbolReference();
		r.setSymbol(parameter);
		return r;
	}

	private static Expression negate(Expression operand) {
		org.crnstudio.model.NegatedExpression n = F.createNegatedExpression();
		n.setOperand(operand);
		return n;
	}

	private static Expression binary(BinaryOperator operator, Expression left, Expression right) {
		org.crnstudio.model.BinaryExpression b = F.createBinaryExpression();
		b.setOperator(operator);
		b.setLeft(left);
		b.setRight(right);
		return b;
	}
}
