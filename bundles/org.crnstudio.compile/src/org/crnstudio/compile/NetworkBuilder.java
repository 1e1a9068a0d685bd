package org.crnstudio.compile;

import java.util.HashMap;
import java.util.Map;

import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Expression;
import org.crnstudio.model.NumberLiteral;
import org.crnstudio.model.Observable;
import org.crnstudio.model.Port;
import org.crnstudio.model.PortKind;
import org.crnstudio.model.Provenance;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.crnstudio.model.Term;

/**
 * Adds species, reactions, observables and ports to a compiled network, with provenance on each. Species are
 * found by name in constant time; a name is created once ({@link #species} returns the existing one).
 */
public final class NetworkBuilder {

	private static final CrnFactory FACTORY = CrnFactory.eINSTANCE;

	private final ReactionNetwork network;
	private final Construction construction;
	private final Map<String, Species> speciesByName = new HashMap<>();

	public NetworkBuilder(ReactionNetwork network, Construction construction) {
		this.network = network;
		this.construction = construction;
		for (Species existing : network.getSpecies()) {
			speciesByName.put(existing.getName(), existing);
		}
	}

	public ReactionNetwork network() {
		return network;
	}

	/** A provenance record of this network's construction; set layer, unit, source, stage as they apply. */
	public Provenance provenance(ProvenanceKind kind, String layer, int unit, int source, String description) {
		Provenance provenance = FACTORY.createProvenance();
		provenance.setConstruction(construction);
		provenance.setKind(kind);
		provenance.setLayer(layer);
		provenance.setUnit(unit);
		provenance.setSource(source);
		provenance.setDescription(description);
		return provenance;
	}

	/** The species of that name, created with the given initial value, role and provenance when new. */
	public Species species(String name, double initial, SpeciesRole role, Provenance provenance) {
		Species species = speciesByName.get(name);
		if (species != null) {
			return species;
		}
		species = FACTORY.createSpecies();
		species.setName(name);
		species.setInitial(initial);
		species.setRole(role);
		species.setProvenance(provenance);
		network.getSpecies().add(species);
		speciesByName.put(name, species);
		return species;
	}

	/** The species of that name, if already created. */
	public Species existing(String name) {
		return speciesByName.get(name);
	}

	/** Starts a reaction with a constant rate; add terms with {@link ReactionBuilder#reactant} and {@link ReactionBuilder#product}. */
	public ReactionBuilder reaction(double rate, Provenance provenance) {
		Reaction reaction = FACTORY.createReaction();
		reaction.setRate(number(rate));
		reaction.setProvenance(provenance);
		network.getReactions().add(reaction);
		return new ReactionBuilder(reaction);
	}

	public Observable observable(String name, Expression expression, Provenance provenance) {
		Observable observable = FACTORY.createObservable();
		observable.setName(name);
		observable.setExpression(expression);
		observable.setProvenance(provenance);
		network.getObservables().add(observable);
		return observable;
	}

	/** {@code plus - minus}, or {@code plus} alone when {@code minus} is null. */
	public Expression railDifference(Species plus, Species minus) {
		if (minus == null) {
			return reference(plus);
		}
		var difference = FACTORY.createBinaryExpression();
		difference.setOperator(org.crnstudio.model.BinaryOperator.SUBTRACT);
		difference.setLeft(reference(plus));
		difference.setRight(reference(minus));
		return difference;
	}

	public Port port(String name, PortKind kind, Species plus, Species minus) {
		Port port = FACTORY.createPort();
		port.setName(name);
		port.setKind(kind);
		port.setPlus(plus);
		port.setMinus(minus);
		network.getPorts().add(port);
		return port;
	}

	public static NumberLiteral number(double value) {
		NumberLiteral literal = FACTORY.createNumberLiteral();
		literal.setValue(value);
		return literal;
	}

	public static Expression reference(Species species) {
		var reference = FACTORY.createSymbolReference();
		reference.setSymbol(species);
		return reference;
	}

	/** Adds terms to one reaction; a species given twice on one side adds up its coefficient. */
	public static final class ReactionBuilder {

		private final Reaction reaction;

		ReactionBuilder(Reaction reaction) {
			this.reaction = reaction;
		}

		public ReactionBuilder reactant(Species species, int coefficient) {
			add(reaction.getReactants(), species, coefficient);
			return this;
		}

		public ReactionBuilder reactant(Species species) {
			return reactant(species, 1);
		}

		public ReactionBuilder product(Species species, int coefficient) {
			add(reaction.getProducts(), species, coefficient);
			return this;
		}

		public ReactionBuilder product(Species species) {
			return product(species, 1);
		}

		/** A catalyst: reactant and product with the same coefficient. */
		public ReactionBuilder catalyst(Species species) {
			return reactant(species).product(species);
		}

		public ReactionBuilder label(String label) {
			reaction.setLabel(label);
			return this;
		}

		public ReactionBuilder phase(String phase) {
			reaction.setPhase(phase);
			return this;
		}

		public Reaction get() {
			return reaction;
		}

		private static void add(org.eclipse.emf.common.util.EList<Term> side, Species species, int coefficient) {
			if (coefficient <= 0) {
				throw new IllegalArgumentException("stoichiometric coefficient must be positive: " + coefficient);
			}
			for (Term term : side) {
				if (term.getSpecies() == species) {
					term.setCoefficient(term.getCoefficient() + coefficient);
					return;
				}
			}
			Term term = FACTORY.createTerm();
			term.setSpecies(species);
			term.setCoefficient(coefficient);
			side.add(term);
		}
	}
}
