package org.crnstudio.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.AtItem;
import org.crnstudio.lang.ast.ClockItem;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.NoiseItem;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.SimulationDef;
import org.crnstudio.lang.ast.SimulationItem;
import org.crnstudio.lang.ast.TrainingDef;
import org.crnstudio.lang.ast.UntilItem;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A simulation's events: {@code at T} changes within the run, a clock's period > 0, no clock together with
 * {@code until steady} or {@code at T phase}, noise with t1 <= t0. For a plain crn also the names: phases a clock or
 * a change opens are phases of its reactions, its species (clock species) or {@code none}; noisy species are
 * species; a network with phased reactions and no phase change gets a warning (its first phase runs throughout).
 */
public class ScheduleChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;
	/** The phase that switches every phased reaction off. */
	static final String NO_PHASE = "none";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void eventsFitTheRun(SimulationDef simulation) {
		double end = Double.NaN;
		boolean steady = false;
		ClockItem clock = null;
		boolean phaseChanges = false;
		for (SimulationItem item : simulation.getItems()) {
			if (item instanceof UntilItem until) {
				if (until.isSteady()) {
					steady = true;
				} else {
					end = until.getTime();
				}
			} else if (item instanceof ClockItem clockItem) {
				clock = clockItem;
			} else if (item instanceof AtItem at && at.getPhase() != null) {
				phaseChanges = true;
			}
		}
		double horizon = Double.isNaN(end) && steady ? 1000 : end; // SimulationPlan.DEFAULT_STEADY_HORIZON
		for (SimulationItem item : simulation.getItems()) {
			if (item instanceof AtItem at && at.getTime() > horizon) {
				error("at " + format(at.getTime()) + " comes after the end of the run at t = " + format(horizon)
						+ ": it would never happen; use a time in [0, " + format(horizon) + "]", at,
						AST.getAtItem_Time(), CrnIssueCodes.SCHEDULE_CONFLICT, "after the end");
			}
		}
		if (clock != null) {
			if (!(clock.getPeriod() > 0)) {
				error("clock period " + format(clock.getPeriod()) + ": the period must be > 0", clock,
						AST.getClockItem_Period(), CrnIssueCodes.INVALID_OPTION_VALUE, "every", "clock");
			}
			if (steady) {
				error("A clock switches phases for ever, so 'until steady' never settles: use 'until T'", clock,
						AST.getClockItem_Phases(), CrnIssueCodes.SCHEDULE_CONFLICT, "clock and until steady");
			}
			if (phaseChanges) {
				error("A simulation has either a clock or 'at T phase' changes: write the phase changes out, or use"
						+ " the clock alone", clock, AST.getClockItem_Phases(), CrnIssueCodes.SCHEDULE_CONFLICT,
						"clock and phase changes");
			}
		}
	}

	@Check
	public void noiseWindowFitsItsPeriod(NoiseItem noise) {
		if (noise.getNoise() != null) {
			checkNoiseWindow(noise.getNoise().getOptions(), "t0", "t1", noise.getNoise(), "noise");
		}
	}

	/** one_pot training under noise: noise_t1 <= noise_t0, as for a simulation's noise. */
	@Check
	public void trainingNoiseWindowFitsItsPeriod(TrainingDef training) {
		if (training.getMethod() != null && "one_pot".equals(training.getMethod().getName())
				&& training.getMethod().getOptions() != null) {
			checkNoiseWindow(training.getMethod().getOptions().getOptions(), "noise_t0", "noise_t1",
					training.getMethod(), "one_pot");
		}
	}

	private void checkNoiseWindow(List<Option> options, String t0Name, String t1Name, EObject fallback, String owner) {
		double t0 = 0.05;
		double t1 = 0.005;
		Option t1Option = null;
		for (Option option : options) {
			if (t0Name.equals(option.getName()) && option.isAssigned()) {
				t0 = option.getValue();
			} else if (t1Name.equals(option.getName()) && option.isAssigned()) {
				t1 = option.getValue();
				t1Option = option;
			}
		}
		if (t0 > 0 && t1 > t0) {
			error(owner + " " + t1Name + " = " + format(t1) + " is longer than " + t0Name + " = " + format(t0)
					+ ": the noise is redrawn every " + t0Name + " and held for " + t1Name + ", so 0 < " + t1Name
					+ " <= " + t0Name, t1Option != null ? t1Option : fallback, null, CrnIssueCodes.INVALID_OPTION_VALUE,
					t1Name, owner);
		}
	}

	@Check
	public void namesExistInAPlainNetwork(SimulationDef simulation) {
		if (!(simulation.getNetwork() instanceof CrnDef crn) || !ModelFacts.resolved(crn) || crn.isCompiled()) {
			return;
		}
		List<String> species = Members.species(crn).stream().map(s -> s.getName()).toList();
		LinkedHashSet<String> reactionPhases = new LinkedHashSet<>();
		Members.reactions(crn).stream().map(r -> r.getPhase()).filter(p -> p != null && !p.isEmpty())
				.forEach(reactionPhases::add);
		List<String> phases = new ArrayList<>(reactionPhases);
		phases.add(NO_PHASE);
		boolean opensPhase = false;
		for (SimulationItem item : simulation.getItems()) {
			switch (item) {
				case ClockItem clock -> {
					opensPhase = true;
					for (int i = 0; i < clock.getPhases().size(); i++) {
						checkPhase(clock.getPhases().get(i), clock, AST.getClockItem_Phases(), i, crn, phases, species);
					}
				}
				case AtItem at when at.getPhase() != null -> {
					opensPhase = true;
					checkPhase(at.getPhase(), at, AST.getAtItem_Phase(), -1, crn, phases, species);
				}
				case NoiseItem noise -> {
					for (int i = 0; i < noise.getSpecies().size(); i++) {
						String name = noise.getSpecies().get(i);
						if (!species.contains(name)) {
							error(name + " is not a species of " + crn.getName() + "; valid: " + String.join(", ", species),
									noise, AST.getNoiseItem_Species(), i, CrnIssueCodes.UNKNOWN_SIMULATION_NAME,
									ReactionChecks.prepend(name, ReactionChecks.prepend("noise", species.toArray(String[]::new))));
						}
					}
				}
				default -> {
				}
			}
		}
		if (!opensPhase && !reactionPhases.isEmpty()) {
			String first = reactionPhases.iterator().next();
			warning(crn.getName() + " has reactions in phases " + String.join(", ", reactionPhases) + ", but "
					+ simulation.getName() + " opens none: phase " + first + " runs throughout and the others never"
					+ " (write 'clock " + String.join(", ", reactionPhases) + " every T' or 'at T phase P')",
					simulation, AST.getSimulationDef_Network(), CrnIssueCodes.NO_PHASE_SCHEDULE, first);
		}
	}

	private void checkPhase(String phase, org.eclipse.emf.ecore.EObject owner,
			org.eclipse.emf.ecore.EStructuralFeature feature, int index, CrnDef crn, List<String> phases,
			List<String> species) {
		if (phases.contains(phase) || species.contains(phase)) {
			return;
		}
		error("Phase " + phase + " is neither a phase of " + crn.getName() + " nor one of its species; valid phases: "
				+ String.join(", ", phases) + " or a species", owner, feature, index, CrnIssueCodes.UNKNOWN_PHASE,
				ReactionChecks.prepend(phase, phases.toArray(String[]::new)));
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
