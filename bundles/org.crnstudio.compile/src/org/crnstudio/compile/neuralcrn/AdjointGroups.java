package org.crnstudio.compile.neuralcrn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adjoints a_j = dL/dz_j at t = T and which of them share species. With L = 1/2 sum_k (yhat_k - y_k)^2 and
 * outputs linear in the states, a_j(T) is a linear form over the states and targets. An adjoint is static in
 * stage N3 when no equation depends on z_j (da_j/dt = sum_i a_i df_i/dz_j = 0). Static adjoints with the same
 * form hold the same value throughout, so they are merged; a static adjoint with a zero form is 0 and needs no
 * species at all. With the first-order approximation ({@code held}) every adjoint is held at its loaded value
 * a_j(T) during N3, so every adjoint is static.
 */
final class AdjointGroups {

	/** Adjoints sharing one pair of species; {@code form} maps "z:<state>" and "y:<target>" to coefficients. */
	record Group(List<String> states, Map<String, Double> form, boolean dynamic) {
	}

	private final Map<String, Group> groupOfState = new LinkedHashMap<>();
	private final List<Group> groups = new ArrayList<>();

	AdjointGroups(OdeSystem system, Map<String, String> targetOfOutput, boolean merge, boolean held) {
		for (String state : system.equations().keySet()) {
			Map<String, Double> form = formOf(state, system, targetOfOutput);
			boolean dynamic = !held && system.equations().values().stream().anyMatch(rhs -> !rhs.derivative(state).isZero());
			if (!dynamic && form.isEmpty()) {
				continue;
			}
			Group shared = merge && !dynamic ? groups.stream()
					.filter(group -> !group.dynamic() && group.form().equals(form)).findFirst().orElse(null) : null;
			if (shared == null) {
				shared = new Group(new ArrayList<>(), form, dynamic);
				groups.add(shared);
			}
			shared.states().add(state);
			groupOfState.put(state, shared);
		}
	}

	List<Group> groups() {
		return groups;
	}

	/** The group holding a_state, or null when a_state is identically 0. */
	Group of(String state) {
		return groupOfState.get(state);
	}

	/** The polynomial variable standing for a group's value. */
	static String variable(Group group) {
		return "a:" + String.join(",", group.states());
	}

	private static Map<String, Double> formOf(String state, OdeSystem system, Map<String, String> targetOfOutput) {
		Map<String, Double> form = new LinkedHashMap<>();
		system.outputs().forEach((output, polynomial) -> {
			double weight = polynomial.derivative(state).evaluate(variable -> 0);
			if (weight == 0) {
				return;
			}
			polynomial.terms().forEach((monomial, coefficient) -> {
				String other = monomial.exponents().keySet().iterator().next();
				form.merge("z:" + other, weight * coefficient, Double::sum);
			});
			form.merge("y:" + targetOfOutput.get(output), -weight, Double::sum);
		});
		form.values().removeIf(value -> value == 0);
		return form;
	}
}
