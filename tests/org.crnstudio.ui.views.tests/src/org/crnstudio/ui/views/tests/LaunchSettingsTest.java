package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.launch.ResultFileName;
import org.crnstudio.ui.views.launch.RunOverrides;
import org.crnstudio.ui.views.launch.SimulationLaunchAttributes;
import org.crnstudio.ui.views.launch.SimulationLaunchShortcut;
import org.crnstudio.ui.views.launch.SimulationNames;
import org.crnstudio.ui.views.launch.SimulationTabGroup;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings of a CRN Simulation launch: overrides, result names, the simulations offered, the Simulation tab. */
class LaunchSettingsTest {

	@AfterEach
	void clean() throws Exception {
		Workspace.clean();
	}

	@Test
	void overridesAreEmptyOrPositiveNumbers() {
		RunOverrides overrides = RunOverrides.parse(" 25 ", "", "1e-12");
		assertEquals(25.0, overrides.endTime().getAsDouble());
		assertTrue(overrides.relativeTolerance().isEmpty());
		assertEquals(1e-12, overrides.absoluteTolerance().getAsDouble());
		assertEquals(RunOverrides.NONE, RunOverrides.parse("", null, "  "));
		assertEquals("the end time must be a positive number such as 50 or 1e-8, found 'soon' (leave it empty to keep"
				+ " the declared value)", assertThrows(IllegalArgumentException.class,
						() -> RunOverrides.parse("soon", "", "")).getMessage());
		assertEquals("the relative tolerance (rtol) must be positive, found -1 (leave it empty to keep the declared"
				+ " value)", assertThrows(IllegalArgumentException.class,
						() -> RunOverrides.parse("", "-1", "")).getMessage());
	}

	@Test
	void resultFilesAreNamedAfterTheSimulationAndTimeAndNeverReplaceAnother() {
		LocalDateTime start = LocalDateTime.of(2026, 11, 23, 9, 5, 7);
		assertEquals("Cycles-20261123-090507.csv", ResultFileName.of("Cycles", start, name -> false));
		Set<String> taken = Set.of("Cycles-20261123-090507.csv", "Cycles-20261123-090507-2.csv");
		assertEquals("Cycles-20261123-090507-3.csv", ResultFileName.of("Cycles", start, taken::contains));
	}

	@Test
	void theSimulationsOfATextAreItsSimulationDeclarations() throws Exception {
		assertEquals(List.of("Cycles"), SimulationNames.in(Workspace.example("lotka-volterra.crn")));
		assertEquals(List.of("A", "B_2"), SimulationNames.in("// simulation Commented\nsimulation A {\n}\n  simulation B_2 {}\n"
				+ "crn simulationNot {}\n"));
	}

	@Test
	void theSimulationTabShowsTheConfigurationAndRefusesAnInvalidEndTime() throws Exception {
		IFile file = Workspace.file(Workspace.project("tabs"), "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));
		ILaunchConfigurationWorkingCopy configuration = SimulationLaunchShortcut.configuration(file, "Cycles").getWorkingCopy();
		SimulationTabGroup group = new SimulationTabGroup();
		group.createTabs(null, "run");
		ILaunchConfigurationTab[] tabs = group.getTabs();
		assertEquals(2, tabs.length);
		assertTrue(tabs[1] instanceof CommonTab);
		ILaunchConfigurationTab tab = tabs[0];
		assertEquals("Simulation", tab.getName());
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			tab.createControl(shell);
			shell.setSize(600, 300);
			shell.open();
			tab.initializeFrom(configuration);
			UiConditions.drainEvents();

			assertEquals("/tabs/lotka-volterra.crn", textAfter(shell, "File:").getText());
			assertTrue(tab.isValid(configuration), tab.getErrorMessage());
			assertNull(tab.getErrorMessage());
			textAfter(shell, "End time:").setText("-3");
			assertFalse(tab.isValid(configuration));
			assertEquals("the end time must be positive, found -3 (leave it empty to keep the declared value)",
					tab.getErrorMessage());
			textAfter(shell, "End time:").setText("12.5");
			assertTrue(tab.isValid(configuration), tab.getErrorMessage());
			UiConditions.drainEvents();
			Screenshots.save("simulation-tab");
			tab.performApply(configuration);
			assertEquals("12.5", configuration.getAttribute(SimulationLaunchAttributes.END_TIME, ""));
			assertEquals("Cycles", configuration.getAttribute(SimulationLaunchAttributes.SIMULATION, ""));
			textAfter(shell, "File:").setText("/tabs/missing.crn");
			assertFalse(tab.isValid(configuration));
			assertTrue(tab.getErrorMessage().startsWith("Choose an existing .crn file"), tab.getErrorMessage());
		} finally {
			tab.dispose();
			shell.dispose();
		}
	}

	/** The text field that follows the label with that text. */
	private static Text textAfter(Composite root, String label) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		for (int i = 0; i + 1 < controls.size(); i++) {
			if (controls.get(i) instanceof Label l && l.getText().equals(label) && controls.get(i + 1) instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no field labelled " + label);
	}

	private static void collect(Control control, List<Control> controls) {
		controls.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, controls);
			}
		}
	}

}
