package org.crnstudio.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ast.Assignment;
import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.InputValues;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.PlotItem;
import org.crnstudio.lang.ast.SetValues;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.SimulationItem;
import org.crnstudio.lang.ast.UntilItem;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * simulation S { of Crn ... }: the network is a crn; input/set/plot names exist (for a plain crn: its species and
 * observables; for a compiled one: the source model's inputs, while plot names are only known after compiling);
 * no negative input to a single-rail construction.
 */
public class SimulationChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void simulationFitsNetwork(SimulationDef simulation) {
		Declaration network = simulation.getNetwork();
		if (!ModelFacts.resolved(network)) {
			return;
		}
		if (!(network instanceof CrnDef crn)) {
			error(network.getName() + " is a " + ModelFacts.kind(network) + "; a simulation runs a crn", simulation,
					AST.getSimulationDef_Network(), CrnIssueCodes.WRONG_KIND, network.getName(), ModelFacts.kind(network), "crn");
			return;
		}
		if (crn.isCompiled()) {
			checkCompiled(simulation, crn);
		} else {
			checkPlain(simulation, crn);
		}
	}

	@Check
	public void endTimeIsPositive(UntilItem until) {
		if (!until.isSteady() && !(until.getTime() > 0)) {
			error("until " + until.getTime() + ": the end time must be > 0", until, AST.getUntilItem_Time(),
					CrnIssueCodes.INVALID_OPTION_VALUE, "until", "simulation");
		}
	}

	private void checkPlain(SimulationDef simulation, CrnDef crn) {
		List<String> species = Members.species(crn).stream().map(s -> s.getName()).toList();
		List<String> series = new ArrayList<>(species);
		Members.observables(crn).forEach(o -> series.add(o.getName()));
		for (SimulationItem item : simulation.getItems()) {
			switch (item) {
				case InputValues input -> input.getValues().forEach(a -> unknown(a, "input", crn.getName()
						+ " is a plain crn without inputs; set initial concentrations with set", List.of()));
				case SetValues set -> set.getValues().forEach(a -> {
					if (!species.contains(a.getName())) {
						unknown(a, "set", a.getName() + " is not a species of " + crn.getName(), species);
					}
				});
				case PlotItem plot -> {
					for (int i = 0; i < plot.getNames().size(); i++) {
						String name = plot.getNames().get(i);
						if (!series.contains(name)) {
							error(name + " is not a species or observable of " + crn.getName() + "; valid: "
									+ String.join(", ", series), plot, AST.getPlotItem_Names(), i,
									CrnIssueCodes.UNKNOWN_SIMULATION_NAME,
									ReactionChecks.prepend(name, ReactionChecks.prepend("plot", series.toArray(String[]::new))));
						}
					}
				}
				default -> {
				}
			}
		}
		for (org.crnstudio.lang.ast.AtItem at : simulation.getItems().stream()
				.filter(org.crnstudio.lang.ast.AtItem.class::isInstance).map(org.crnstudio.lang.ast.AtItem.class::cast).toList()) {
			at.getValues().stream().filter(a -> !species.contains(a.getName()))
					.forEach(a -> unknown(a, "set", a.getName() + " is not a species of " + crn.getName(), species));
		}
	}

	private void checkCompiled(SimulationDef simulation, CrnDef crn) {
		Declaration source = crn.getSource();
		if (!ModelFacts.resolved(source) || crn.getConstruction() == null) {
			return;
		}
		List<String> inputs = ModelFacts.inputNames(source);
		String construction = crn.getConstruction().getName();
		for (SimulationItem item : simulation.getItems()) {
			if (!(item instanceof InputValues values)) {
				continue;
			}
			for (Assignment assignment : values.getValues()) {
				if (!inputs.contains(assignment.getName())) {
					unknown(assignment, "input", assignment.getName() + " is not an input of " + source.getName(), inputs);
				} else if (assignment.getValue() < 0 && singleRail(construction, source, assignment.getName())) {
					error("Input " + assignment.getName() + " = " + assignment.getValue() + " is negative, but "
							+ construction + " carries it on a single rail (values >= 0 only)"
							+ (construction.equals("neural_crn") ? "; it is declared positive in " + source.getName()
									: "; use rate_independent for signed inputs"),
							assignment, AST.getAssignment_Value(), CrnIssueCodes.NEGATIVE_INPUT, assignment.getName(),
							Double.toString(assignment.getValue()), construction);
				}
			}
		}
	}

	/** fixed_point and one_pot carry every input on one rail; neural_crn those declared positive. */
	private static boolean singleRail(String construction, Declaration source, String input) {
		return switch (construction) {
			case "fixed_point", "one_pot" -> true;
			case "neural_crn" -> {
				List<InputDecl> inputs = source instanceof OdeDef ode ? Members.inputs(ode)
						: source instanceof NnDef nn ? Members.inputs(nn) : List.of();
				yield inputs.stream().anyMatch(i -> i.getName().equals(input) && Members.declaredPositive(i));
			}
			default -> false;
		};
	}

	private void unknown(Assignment assignment, String role, String problem, List<String> valid) {
		error(problem + (valid.isEmpty() ? "" : "; valid: " + String.join(", ", valid)), assignment,
				AST.getAssignment_Name(), CrnIssueCodes.UNKNOWN_SIMULATION_NAME,
				ReactionChecks.prepend(assignment.getName(), ReactionChecks.prepend(role, valid.toArray(String[]::new))));
	}
}
