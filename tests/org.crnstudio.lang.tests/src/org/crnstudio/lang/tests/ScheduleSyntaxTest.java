package org.crnstudio.lang.tests;

import static org.crnstudio.lang.validation.CrnIssueCodes.INVALID_OPTION_VALUE;
import static org.crnstudio.lang.validation.CrnIssueCodes.NO_PHASE_SCHEDULE;
import static org.crnstudio.lang.validation.CrnIssueCodes.SCHEDULE_CONFLICT;
import static org.crnstudio.lang.validation.CrnIssueCodes.UNKNOWN_OPTION;
import static org.crnstudio.lang.validation.CrnIssueCodes.UNKNOWN_PHASE;
import static org.crnstudio.lang.validation.CrnIssueCodes.UNKNOWN_SIMULATION_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.model.MethodCall;
import org.crnstudio.model.Simulation;
import org.junit.jupiter.api.Test;

/** clock, noise ... on, at T phase: what the model builder makes of them and what the validator reports. */
class ScheduleSyntaxTest {

	private static final String PHASED = "crn C {\n species A = 1, B\n A -> B @ 1 when P1\n B -> A @ 2 when P2\n}\n";

	@Test
	void clockNoiseAndChangesReachTheModel() {
		LoadedFile file = Examples.LOADER.load(PHASED + "simulation S {\n of C\n clock P1, P2 every 0.5\n"
				+ " noise(eps = 0.01, t0 = 0.1, t1 = 0.01, rates = false) on A, B\n seed 9\n until 4\n at 2 set A = 1\n}",
				"snippet.crn");
		assertEquals("", file.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
		Simulation simulation = file.find(Simulation.class, "S").orElseThrow();
		assertEquals(List.of("P1", "P2"), simulation.getClock().getPhases());
		assertEquals(0.5, simulation.getClock().getPeriod());
		assertEquals(8, simulation.getClock().getLine());
		MethodCall noise = simulation.getNoise();
		assertEquals(List.of("eps", "t0", "t1", "rates"), noise.getOptions().stream().map(o -> o.getName()).toList());
		assertEquals(0.1, noise.getOptions().get(1).getValue());
		assertEquals(List.of("A", "B"), simulation.getNoiseSpecies());
		assertEquals(9, simulation.getSeed());
		assertEquals(1, simulation.getSchedule().size());

		Simulation bare = Examples.LOADER.load(PHASED + "simulation S {\n of C\n noise on A\n until 1\n at 0 phase P2\n}",
				"snippet.crn").find(Simulation.class, "S").orElseThrow();
		assertTrue(bare.getNoise().getOptions().isEmpty());
		assertEquals(List.of("A"), bare.getNoiseSpecies());
	}

	@Test
	void phasesMustExistAndTimesLieInTheRun() {
		Diagnostic phase = only(PHASED + "simulation S {\n of C\n clock P1, P3 every 1\n until 3\n}", UNKNOWN_PHASE, 8);
		assertEquals("P3", phase.data().get(0));
		assertTrue(phase.message().contains("P1, P2, none"), phase.message());
		only(PHASED + "simulation S {\n of C\n until 3\n at 1 phase Q\n}", UNKNOWN_PHASE, 9);
		// Clock species and 'none' are phases too.
		clean(PHASED + "simulation S {\n of C\n until 3\n at 1 phase none\n at 2 phase B\n}");
		Diagnostic late = only(PHASED + "simulation S {\n of C\n until 3\n at 4 phase P1\n}", SCHEDULE_CONFLICT, 9);
		assertTrue(late.message().contains("after the end of the run at t = 3"), late.message());
		only(PHASED + "simulation S {\n of C\n clock P1, P2 every 0\n until 3\n}", INVALID_OPTION_VALUE, 8);
		only(PHASED + "simulation S {\n of C\n clock P1, P2 every 1\n until steady(tol = 1e-3)\n}", SCHEDULE_CONFLICT, 8);
		only(PHASED + "simulation S {\n of C\n clock P1, P2 every 1\n until 3\n at 1 phase P2\n}", SCHEDULE_CONFLICT, 8);
	}

	@Test
	void noiseOptionsAndSpecies() {
		only(PHASED + "simulation S {\n of C\n noise(t0 = 0.01, t1 = 0.02)\n until 1\n at 0 phase P1\n}",
				INVALID_OPTION_VALUE, 8);
		only(PHASED + "simulation S {\n of C\n noise(sigma = 1)\n until 1\n at 0 phase P1\n}", UNKNOWN_OPTION, 8);
		clean(PHASED + "simulation S {\n of C\n noise(eps = 0.1, absolute = true) on A\n until 1\n at 0 phase P1\n}");
		Diagnostic species = only(PHASED + "simulation S {\n of C\n noise on A, Z\n until 1\n at 0 phase P1\n}",
				UNKNOWN_SIMULATION_NAME, 8);
		assertEquals("Z", species.data().get(0));
	}

	@Test
	void aPhasedNetworkWithoutPhaseChangesIsWarned() {
		Diagnostic warning = only(PHASED + "simulation S {\n of C\n until 3\n}", NO_PHASE_SCHEDULE, 7);
		assertEquals(Severity.WARNING, warning.severity());
		assertTrue(warning.message().contains("phase P1 runs throughout"), warning.message());
		clean("crn D {\n species A = 1\n A -> 0 @ 1\n}\nsimulation S {\n of D\n until 3\n}");
	}

	private static Diagnostic only(String text, String code, int line) {
		List<Diagnostic> diagnostics = ValidationTest.check(text);
		String all = diagnostics.stream().map(d -> d.format() + " [" + d.code() + "]").collect(Collectors.joining("\n"));
		assertEquals(1, diagnostics.size(), all);
		assertEquals(code, diagnostics.get(0).code(), all);
		assertEquals(line, diagnostics.get(0).line(), all);
		return diagnostics.get(0);
	}

	private static void clean(String text) {
		assertEquals("", ValidationTest.check(text).stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
	}
}
