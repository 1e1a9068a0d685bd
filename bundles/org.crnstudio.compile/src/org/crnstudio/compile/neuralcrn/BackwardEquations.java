package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crnstudio.model.Parameter;

/**
 * The ODEs of stage N3, the adjoint method run forward in time with flipped signs:
 * {@code dz/dt = -f} (back-propagated copies), {@code da_j/dt = a . df/dz_j}, {@code dg_p/dt = a . df/dtheta_p}.
 * Each a_i is replaced by its group's variable ({@link AdjointGroups}); static adjoints get no equation, copies
 * exist only for the states these equations read (and those their own equations read), and parameters whose
 * gradient is 0 get none. With the first-order approximation ({@code held}) the adjoints are all static and the
 * copies are held at z(T): a copy exists for each state the gradient equations read, with no equation of its own,
 * so g_p(T) = T a(T) . df/dtheta_p evaluated at z(T) (seed 003, section 3.3).
 *
 * @param backStates state name to -f (the variable stands for the copy in N3)
 * @param adjoints   group variable ("a:z1,z2") to its equation, dynamic groups only
 * @param gradients  "g:theta" to its equation
 */
record BackwardEquations(Map<String, Polynomial> backStates, Map<String, Polynomial> adjoints,
		Map<String, Polynomial> gradients) {

	static BackwardEquations of(OdeSystem system, AdjointGroups groups, boolean held) {
		Map<String, Polynomial> gradients = new LinkedHashMap<>();
		for (Parameter parameter : system.parameters()) {
			Polynomial rhs = adjointProduct(system, groups, parameter.getName());
			if (!rhs.isZero()) {
				gradients.put("g:" + parameter.getName(), rhs);
			}
		}
		Map<String, Polynomial> adjoints = new LinkedHashMap<>();
		for (AdjointGroups.Group group : groups.groups()) {
			if (group.dynamic()) {
				adjoints.put(AdjointGroups.variable(group), adjointProduct(system, groups, group.states().get(0)));
			}
		}
		return new BackwardEquations(held ? heldStates(system, gradients) : backStates(system, gradients, adjoints),
				adjoints, gradients);
	}

	/** All N3 equations: copies, adjoints, gradients. */
	Map<String, Polynomial> all() {
		Map<String, Polynomial> all = new LinkedHashMap<>(backStates);
		all.putAll(adjoints);
		all.putAll(gradients);
		return all;
	}

	/** a . df/dv, each a_i replaced by its group's variable (a_i = 0 has none). */
	private static Polynomial adjointProduct(OdeSystem system, AdjointGroups groups, String variable) {
		Polynomial sum = Polynomial.ZERO;
		for (var equation : system.equations().entrySet()) {
			AdjointGroups.Group group = groups.of(equation.getKey());
			if (group != null) {
				sum = sum.plus(Polynomial.variable(AdjointGroups.variable(group)).times(equation.getValue().derivative(variable)));
			}
		}
		return sum;
	}

	/** The copies the gradient equations read, each held constant (equation 0). */
	private static Map<String, Polynomial> heldStates(OdeSystem system, Map<String, Polynomial> gradients) {
		Set<String> read = new LinkedHashSet<>();
		gradients.values().forEach(polynomial -> read.addAll(polynomial.variables()));
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		system.equations().keySet().stream().filter(read::contains).forEach(state -> equations.put(state, Polynomial.ZERO));
		return equations;
	}

	private static Map<String, Polynomial> backStates(OdeSystem system, Map<String, Polynomial> gradients,
			Map<String, Polynomial> adjoints) {
		Set<String> needed = new LinkedHashSet<>();
		List<Polynomial> pending = new ArrayList<>(gradients.values());
		pending.addAll(adjoints.values());
		while (!pending.isEmpty()) {
			Polynomial polynomial = pending.remove(pending.size() - 1);
			for (String variable : polynomial.variables()) {
				if (system.equations().containsKey(variable) && needed.add(variable)) {
					pending.add(system.equations().get(variable));
				}
			}
		}
		Map<String, Polynomial> equations = new LinkedHashMap<>();
		system.equations().forEach((state, rhs) -> {
			if (needed.contains(state)) {
				equations.put(state, rhs.times(-1));
			}
		});
		return equations;
	}
}
