package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.launch.DeclarationNames;
import org.crnstudio.ui.views.launch.ResultFileName;
import org.crnstudio.ui.views.launch.RunOverrides;
import org.crnstudio.ui.views.launch.SimulationLaunchAttributes;
import org.crnstudio.ui.views.launch.SimulationLaunchShortcut;
import org.crnstudio.ui.views.launch.SimulationTabGroup;
import org.crnstudio.ui.views.launch.TrainingLaunchAttributes;
import org.crnstudio.ui.views.launch.TrainingLaunchShortcut;
import org.crnstudio.ui.views.launch.TrainingTabGroup;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Combo;
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
		assertEquals(List.of("Cycles"), DeclarationNames.names("simulation", Workspace.example("lotka-volterra.crn")));
		assertEquals(List.of("A", "B_2"), DeclarationNames.names("simulation", "// simulation Commented\nsimulation A {\n}\n  simulation B_2 {}\n"
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

	@Test
	void aTrainingsTwoResultFilesShareOneFreeName() {
		LocalDateTime start = LocalDateTime.of(2026, 11, 23, 9, 5, 7);
		List<String> suffixes = List.of("-metrics.csv", "-trained.crn");
		assertEquals("Fit-20261123-090507", ResultFileName.base("Fit", start, suffixes, name -> false));
		// only the trained model of the first name exists: neither file may take that name
		Set<String> taken = Set.of("Fit-20261123-090507-trained.crn");
		assertEquals("Fit-20261123-090507-2", ResultFileName.base("Fit", start, suffixes, taken::contains));
	}

	@Test
	void theTrainingUnderTheCursorIsTheOneWhoseBlockHoldsTheLine() throws Exception {
		String text = Workspace.example("neural-crn-linreg.crn") + "\ntraining Again {\n    of LinReg on Plane\n"
				+ "    method neural_crn(T = 0.5, eta = 0.1)\n    epochs 2\n}\n\nsimulation After {\n    of LinRegCrn\n}\n";
		List<String> lines = List.of(text.split("\n", -1));
		int fit = lines.indexOf("training Fit {") + 1;
		int again = lines.indexOf("training Again {") + 1;
		int after = lines.indexOf("simulation After {") + 1;
		assertEquals(List.of(new DeclarationNames.Found("Fit", fit), new DeclarationNames.Found("Again", again)),
				DeclarationNames.in("training", text));
		assertEquals(Optional.of("Fit"), DeclarationNames.at("training", text, fit));
		assertEquals(Optional.of("Fit"), DeclarationNames.at("training", text, fit + 2), "on its method line");
		assertEquals(Optional.of("Again"), DeclarationNames.at("training", text, again + 3));
		assertEquals(Optional.empty(), DeclarationNames.at("training", text, after + 1), "in a simulation after it");
		assertEquals(Optional.empty(), DeclarationNames.at("training", text, 1), "above every training");
	}

	@Test
	void theTrainingTabShowsTheConfigurationAndOffersTheFilesTrainings() throws Exception {
		IFile file = Workspace.file(Workspace.project("tabs"), "linreg.crn", Workspace.example("neural-crn-linreg.crn"));
		ILaunchConfigurationWorkingCopy configuration = TrainingLaunchShortcut.configuration(file, "Fit").getWorkingCopy();
		TrainingTabGroup group = new TrainingTabGroup();
		group.createTabs(null, "run");
		ILaunchConfigurationTab[] tabs = group.getTabs();
		assertEquals(2, tabs.length);
		assertTrue(tabs[1] instanceof CommonTab);
		ILaunchConfigurationTab tab = tabs[0];
		assertEquals("Training", tab.getName());
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			tab.createControl(shell);
			shell.setSize(600, 200);
			shell.open();
			tab.initializeFrom(configuration);
			UiConditions.drainEvents();

			assertEquals("/tabs/linreg.crn", textAfter(shell, "File:").getText());
			Combo trainings = comboAfter(shell, "Training:");
			assertEquals(List.of("Fit"), List.of(trainings.getItems()));
			assertEquals("Fit", trainings.getText());
			assertTrue(tab.isValid(configuration), tab.getErrorMessage());
			UiConditions.drainEvents();
			Screenshots.save("training-tab");
			trainings.setText("");
			assertFalse(tab.isValid(configuration));
			assertEquals("Choose a training declared in linreg.crn", tab.getErrorMessage());
			trainings.setText("Fit");
			tab.performApply(configuration);
			assertEquals("Fit", configuration.getAttribute(TrainingLaunchAttributes.TRAINING, ""));
			assertEquals("/tabs/linreg.crn", configuration.getAttribute(TrainingLaunchAttributes.FILE, ""));
		} finally {
			tab.dispose();
			shell.dispose();
		}
	}

	private static Combo comboAfter(Composite root, String label) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		for (int i = 0; i + 1 < controls.size(); i++) {
			if (controls.get(i) instanceof Label l && l.getText().equals(label) && controls.get(i + 1) instanceof Combo combo) {
				return combo;
			}
		}
		throw new AssertionError("no combo labelled " + label);
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
