package org.crnstudio.sim.tests;

import org.crnstudio.model.BinaryExpression;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Parameter;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SymbolReference;
import org.crnstudio.model.Term;

/**
 * Builds reaction networks tersely for tests: {@code crn("N").species("A", 1).reaction("A + 2 B -> C", 0.5)}.
 * Reactions are written as the language writes them ("0" is the empty complex, "<->" reversible); species they
 * name that are not declared yet are declared with initial concentration 0. A rate given as a string is a
 * parameter reference.
 */
final class NetworkBuilder {

    private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

    private final ReactionNetwork network = FACTORY.createReactionNetwork();
    private int nextLine = 2;

    private NetworkBuilder(String name) {
        network.setName(name);
        network.setLine(1);
    }

    static NetworkBuilder crn(String name) {
        return new NetworkBuilder(name);
    }

    NetworkBuilder parameter(String name, double value) {
        Parameter parameter = FACTORY.createParameter();
        parameter.setName(name);
        parameter.setValue(value);
        parameter.setLine(nextLine++);
        network.getParameters().add(parameter);
        return this;
    }

    NetworkBuilder species(String name, double initial) {
        speciesNamed(name).setInitial(initial);
        return this;
    }

    NetworkBuilder reaction(String text, double rate) {
        return reaction(null, text, number(rate), null);
    }

    NetworkBuilder reaction(String text, String rateParameter) {
        return reaction(null, text, reference(rateParameter), null);
    }

    NetworkBuilder reaction(String label, String text, Expression rate) {
        return reaction(label, text, rate, null);
    }

    NetworkBuilder reversible(String text, double forward, double reverse) {
        return reaction(null, text, number(forward), number(reverse));
    }

    NetworkBuilder reaction(String label, String text, Expression rate, Expression reverseRate) {
        boolean reversible = text.contains("<->");
        String[] sides = text.split(reversible ? "<->" : "->");
        Reaction reaction = FACTORY.createReaction();
        reaction.setLabel(label);
        reaction.setLine(nextLine++);
        reaction.setReversible(reversible);
        reaction.setRate(rate);
        reaction.setReverseRate(reverseRate);
        network.getReactions().add(reaction);
        addTerms(reaction.getReactants(), sides[0], reaction.getLine());
        addTerms(reaction.getProducts(), sides[1], reaction.getLine());
        return this;
    }

    /** Puts the last reaction in a clock phase ('when phase'). */
    NetworkBuilder when(String phase) {
        network.getReactions().get(network.getReactions().size() - 1).setPhase(phase);
        return this;
    }

    NetworkBuilder observable(String name, Expression expression) {
        Observable observable = FACTORY.createObservable();
        observable.setName(name);
        observable.setExpression(expression);
        observable.setLine(nextLine++);
        network.getObservables().add(observable);
        return this;
    }

    /** An input port on one rail (minus null) or two. */
    NetworkBuilder input(String name, String plus, String minus) {
        Port port = FACTORY.createPort();
        port.setName(name);
        port.setKind(PortKind.INPUT);
        port.setPlus(speciesNamed(plus));
        port.setMinus(minus == null ? null : speciesNamed(minus));
        port.setLine(nextLine++);
        network.getPorts().add(port);
        return this;
    }

    ReactionNetwork build() {
        return network;
    }

    /** A reference to a species or parameter declared so far. */
    Expression ref(String name) {
        SymbolReference reference = FACTORY.createSymbolReference();
        reference.setSymbol(network.getParameters().stream().filter(p -> p.getName().equals(name))
                .map(p -> (org.crnstudio.model.Symbol) p).findFirst().orElseGet(() -> speciesNamed(name)));
        return reference;
    }

    static Expression number(double value) {
        NumberLiteral literal = FACTORY.createNumberLiteral();
        literal.setValue(value);
        return literal;
    }

    static Expression binary(Expression left, BinaryOperator operator, Expression right) {
        BinaryExpression expression = FACTORY.createBinaryExpression();
        expression.setLeft(left);
        expression.setOperator(operator);
        expression.setRight(right);
        return expression;
    }

    private Expression reference(String parameterName) {
        Parameter parameter = network.getParameters().stream().filter(p -> p.getName().equals(parameterName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("declare parameter " + parameterName));
        SymbolReference reference = FACTORY.createSymbolReference();
        reference.setSymbol(parameter);
        return reference;
    }

    private void addTerms(java.util.List<Term> terms, String side, int line) {
        String complex = side.trim();
        if (complex.equals("0")) {
            return;
        }
        for (String written : complex.split("\\+")) {
            String[] parts = written.trim().split("\\s+");
            Term term = FACTORY.createTerm();
            term.setCoefficient(parts.length == 2 ? Integer.parseInt(parts[0]) : 1);
            term.setSpecies(speciesNamed(parts[parts.length - 1]));
            term.setLine(line);
            terms.add(term);
        }
    }

    private Species speciesNamed(String name) {
        for (Species species : network.getSpecies()) {
            if (species.getName().equals(name)) {
                return species;
            }
        }
        Species species = FACTORY.createSpecies();
        species.setName(name);
        species.setLine(nextLine++);
        network.getSpecies().add(species);
        return species;
    }
}
