package org.crnstudio.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validation (UI-free). Each composed class checks one area; every message names the offending
 * element and says what would be valid; codes and data are in CrnIssueCodes.
 */
@ComposedChecks(validators = { NameChecks.class, ReactionChecks.class, NeuralNetworkChecks.class, OptionChecks.class,
		CompilationChecks.class, OdeChecks.class, DatasetChecks.class, TrainingChecks.class, SimulationChecks.class,
		ScheduleChecks.class })
public class CrnValidator extends AbstractCrnValidator {
}
