package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.NetworkBuilder;
import org.crnstudio.compile.NetworkBuilder.ReactionBuilder;
import org.crnstudio.model.Reaction;
import org.crnstudio.model.Species;

/**
 * Turns a polynomial ODE system into mass-action reactions whose ODE, read on the rails' differences, is that
 * system (the kinetic transformation of seed 003, Table 2).
 * <ul>
 * <li>Every variable is one species (single rail: a value known to stay non-negative) or two (dual rail:
 * value = plus - minus).</li>
 * <li>A monomial {@code c * u1 * ... * uk} of {@code dv/dt} is expanded over the rails of its dual-rail factors;
 * each rail product is one catalytic reaction {@code U1 + ... + Uk -> U1 + ... + Uk + V±} at rate |c'|: type I
 * for single rails, types II/III (4 reactions for two signed factors, 2 when one factor is single rail).</li>
 * <li>A term of a dual-rail target that contains the target, {@code c * v * r}, acts on each rail by itself:
 * {@code v+' += c v+ r}, {@code v-' += c v- r} (the difference is {@code c v r}); a decay such as {@code -v^3} then
 * lowers both rails ({@code 3 V+ -> 2 V+}, ...) instead of producing the opposite rail, whose rails would feed
 * each other ({@code v-' >= v+^3}, {@code v+' >= v-^3}) and blow up in finite time.</li>
 * <li>A negative term of a single-rail target must contain the target (types IV/V: {@code qZ -> (q-1)Z});
 * otherwise the target cannot stay non-negative and the model is rejected.</li>
 * <li>Terms of different equations with the same reactants and the same rate become one reaction with all
 * their products (the canonic mechanism keeps one reaction per distinct monomial and rate).</li>
 * </ul>
 * A monomial of degree q gives a q-molecular reaction; {@link Polynomial#degree()} tells the caller beforehand.
 */
public final class PolynomialOdeCompiler {

	/** The species of a variable: {@code minus} is null on a single rail. */
	public record Rails(Species plus, Species minus) {
		public boolean single() {
			return minus == null;
		}
	}

	/** Sets phase, label and provenance of each compiled reaction. */
	@FunctionalInterface
	public interface ReactionTagger {
		void tag(ReactionBuilder reaction, Set<String> targets, String description);
	}

	private final NetworkBuilder builder;

	public PolynomialOdeCompiler(NetworkBuilder builder) {
		this.builder = builder;
	}

	/**
	 * Adds the reactions of {@code system} (target variable to right-hand side, in order) to the network.
	 *
	 * @param rails every variable of the system, targets and factors
	 * @param rate  multiplies every rate constant
	 * @return the reactions added, in order
	 */
	public List<Reaction> compile(Map<String, Polynomial> system, Map<String, Rails> rails, double rate,
			ReactionTagger tagger) {
		return compile(system, rails, rate, tagger, target -> 0);
	}

	/** As {@link #compile(Map, Map, double, ReactionTagger)}; {@code lineOf} gives a target's source line for errors. */
	public List<Reaction> compile(Map<String, Polynomial> system, Map<String, Rails> rails, double rate,
			ReactionTagger tagger, java.util.function.ToIntFunction<String> lineOf) {
		Map<GroupKey, Group> groups = new LinkedHashMap<>();
		system.forEach((target, rhs) -> {
			Rails targetRails = railsOf(rails, target, target);
			rhs.terms().forEach((monomial, coefficient) -> {
				boolean sameRail = !targetRails.single() && monomial.exponent(target) > 0;
				List<Species> carriers = sameRail ? List.of(targetRails.plus(), targetRails.minus())
						: java.util.Collections.singletonList(null);
				for (var railTerm : expand(sameRail ? monomial.withoutOne(target) : monomial, rails, target).entrySet()) {
					double signed = coefficient * railTerm.getValue();
					if (signed == 0) {
						continue;
					}
					for (Species carrier : carriers) {
						Map<Species, Integer> reactants = new LinkedHashMap<>(railTerm.getKey());
						if (carrier != null) {
							reactants.merge(carrier, 1, Integer::sum);
						}
						Group group = groups.computeIfAbsent(new GroupKey(names(reactants), Math.abs(signed) * rate),
								key -> new Group(reactants));
						group.targets.add(target);
						group.descriptions.add(target + "' " + (signed > 0 ? "+= " : "-= ") + monomial);
						if (carrier != null) {
							group.change.merge(carrier, signed > 0 ? 1 : -1, Integer::sum);
						} else {
							applyEffect(group, targetRails, target, signed, monomial, lineOf.applyAsInt(target));
						}
					}
				}
			});
		});
		List<Reaction> reactions = new ArrayList<>();
		groups.forEach((key, group) -> {
			if (group.change.values().stream().allMatch(change -> change == 0)) {
				return;
			}
			ReactionBuilder reaction = builder.reaction(key.rate(), null);
			group.reactants.forEach(reaction::reactant);
			Map<Species, Integer> products = new LinkedHashMap<>(group.reactants);
			group.change.forEach((species, change) -> products.merge(species, change, Integer::sum));
			products.forEach((species, count) -> {
				if (count > 0) {
					reaction.product(species, count);
				}
			});
			tagger.tag(reaction, group.targets, String.join("; ", group.descriptions));
			reactions.add(reaction.get());
		});
		return reactions;
	}

	private static void applyEffect(Group group, Rails targetRails, String target, double signed, Monomial monomial,
			int line) {
		if (!targetRails.single()) {
			group.change.merge(signed > 0 ? targetRails.plus() : targetRails.minus(), 1, Integer::sum);
		} else if (signed > 0) {
			group.change.merge(targetRails.plus(), 1, Integer::sum);
		} else if (group.reactants.getOrDefault(targetRails.plus(), 0) > 0) {
			group.change.merge(targetRails.plus(), -1, Integer::sum);
		} else {
			throw new CompilationException("the term -" + Math.abs(signed) + " * " + monomial + " of " + target
					+ "' can make " + target + " negative, so it cannot have a single species; leave " + target
					+ " signed (two rails) or make the term contain " + target, line);
		}
	}

	/** Rail products of a monomial: reactant multiset to its integer multiplicity with sign. */
	private static Map<Map<Species, Integer>, Integer> expand(Monomial monomial, Map<String, Rails> rails, String target) {
		Map<Map<Species, Integer>, Integer> terms = new LinkedHashMap<>();
		terms.put(new LinkedHashMap<>(), 1);
		for (var factor : monomial.exponents().entrySet()) {
			Rails factorRails = railsOf(rails, factor.getKey(), target);
			for (int copy = 0; copy < factor.getValue(); copy++) {
				Map<Map<Species, Integer>, Integer> next = new LinkedHashMap<>();
				for (var term : terms.entrySet()) {
					add(next, term.getKey(), factorRails.plus(), term.getValue());
					if (!factorRails.single()) {
						add(next, term.getKey(), factorRails.minus(), -term.getValue());
					}
				}
				terms = next;
			}
		}
		return terms;
	}

	private static void add(Map<Map<Species, Integer>, Integer> terms, Map<Species, Integer> reactants, Species species,
			int multiplicity) {
		Map<Species, Integer> extended = new LinkedHashMap<>(reactants);
		extended.merge(species, 1, Integer::sum);
		terms.merge(extended, multiplicity, Integer::sum);
	}

	private static Rails railsOf(Map<String, Rails> rails, String variable, String target) {
		Rails found = rails.get(variable);
		if (found == null) {
			throw new IllegalArgumentException("no species for variable " + variable + " (in " + target + "')");
		}
		return found;
	}

	private static Map<String, Integer> names(Map<Species, Integer> reactants) {
		Map<String, Integer> names = new TreeMap<>();
		reactants.forEach((species, count) -> names.put(species.getName(), count));
		return names;
	}

	private record GroupKey(Map<String, Integer> reactants, double rate) {
	}

	private static final class Group {
		final Map<Species, Integer> reactants;
		final Map<Species, Integer> change = new LinkedHashMap<>();
		final Set<String> targets = new LinkedHashSet<>();
		final List<String> descriptions = new ArrayList<>();

		Group(Map<Species, Integer> reactants) {
			this.reactants = reactants;
		}
	}
}
