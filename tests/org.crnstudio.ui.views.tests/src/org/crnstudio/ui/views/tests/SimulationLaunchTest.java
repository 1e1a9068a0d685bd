package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.launch.SimulationConsole;
import org.crnstudio.ui.views.launch.SimulationJob;
import org.crnstudio.ui.views.launch.SimulationLaunchAttributes;
import org.crnstudio.ui.views.launch.SimulationLaunchShortcut;
import org.crnstudio.ui.views.plot.PlotView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CRN Simulation launches run in a job, log to the console, save CSV results and stream into the Plot view. */
class SimulationLaunchTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private IProject project;
	/** Console text before the test: the console is shared and cleared asynchronously, so tests read past it. */
	private static int consoleStart;

	@BeforeEach
	void createProject() throws Exception {
		project = Workspace.project("sims");
		UiConditions.drainEvents();
		consoleStart = SimulationConsole.get().getDocument().getLength();
	}

	@AfterEach
	void clean() throws Exception {
		Job.getJobManager().cancel(SimulationJob.FAMILY);
		UiConditions.waitUntil("simulations to stop", TIMEOUT, () -> Job.getJobManager().find(SimulationJob.FAMILY).length == 0);
		Workspace.clean();
	}

	@Test
	void runAsOnAFileRunsItsSimulationSavesTheCsvAndPlotsIt() throws Exception {
		IFile file = Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));

		new SimulationLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
		IFile csv = waitForResult();
		PlotView plot = waitForFinishedPlot();

		assertTrue(csv.getName().matches("Cycles-\\d{8}-\\d{6}\\.csv"), csv.getName());
		List<String> lines = lines(csv);
		assertEquals("time,Prey,Predator", lines.get(0));
		assertEquals(1 + 501, lines.size(), "500 output intervals over [0, 50]");
		assertEquals(List.of("Prey", "Predator"), plot.seriesNames());
		assertEquals(List.of("Prey", "Predator"), plot.visibleSeries());
		assertEquals(501, plot.pointCount("Prey"));
		assertEquals(List.of("time", "Prey", "Predator"), plot.xColumns());
		UiConditions.waitUntil("the console to report the saved file", TIMEOUT,
				() -> console().contains("saved " + csv.getFullPath()));
		assertTrue(console().contains("Running simulation Cycles of /sims/lotka-volterra.crn"), console());
		ILaunchConfiguration[] configurations = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations();
		assertEquals(1, configurations.length, "the shortcut saved a configuration");
		assertEquals("/sims/lotka-volterra.crn", configurations[0].getAttribute(SimulationLaunchAttributes.FILE, ""));
		assertEquals("Cycles", configurations[0].getAttribute(SimulationLaunchAttributes.SIMULATION, ""));
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-cycles", () -> { });

		plot.setSeriesVisible("Prey", false);
		assertEquals(List.of("Predator"), plot.visibleSeries(), "the legend toggles a series");
		plot.setSeriesVisible("Prey", true);
		plot.setXColumn("Prey");
		assertEquals(List.of("Predator"), plot.visibleSeries(), "a phase plot draws Predator against Prey");
		UiConditions.drainEvents();
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-phase", () -> { });
		plot.setXColumn("time");
		plot.setLogScale(false, true);
		assertTrue(plot.isLogScale(false));
		UiConditions.drainEvents();
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-log", () -> { });
	}

	@Test
	void runAsInTheEditorRunsTheSimulationUnderTheCursor() throws Exception {
		String text = Workspace.example("lotka-volterra.crn") + "\nsimulation Short {\n    of LotkaVolterra\n    until 2\n}\n";
		IFile file = Workspace.file(project, "two-runs.crn", text);
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(Workspace.page(), file, true));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.getLineOffset(document.getLineOfOffset(text.indexOf("until 2"))), 0);

		// two simulations in the file, no dialog: the one whose block holds the cursor runs
		new SimulationLaunchShortcut().launch(editor, ILaunchManager.RUN_MODE);
		IFile csv = waitForResult();

		assertTrue(csv.getName().matches("Short-\\d{8}-\\d{6}\\.csv"), csv.getName());
		assertEquals(2.0, Double.parseDouble(lines(csv).getLast().split(",")[0]), 1e-12, "Short runs until 2");
	}

	@Test
	void overridesOfTheConfigurationChangeTheEndTime() throws Exception {
		IFile file = Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));
		ILaunchConfigurationWorkingCopy copy = SimulationLaunchShortcut.configuration(file, "Cycles").getWorkingCopy();
		copy.setAttribute(SimulationLaunchAttributes.END_TIME, "5");
		copy.setAttribute(SimulationLaunchAttributes.RELATIVE_TOLERANCE, "1e-10");
		copy.doSave().launch(ILaunchManager.RUN_MODE, null);

		List<String> lines = lines(waitForResult());
		assertEquals(1 + 501, lines.size());
		assertEquals(5.0, Double.parseDouble(lines.get(lines.size() - 1).split(",")[0]), 1e-12);
	}

	@Test
	void exportsThePlotAsPngSvgAndCsv() throws Exception {
		IFile file = Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));
		SimulationLaunchShortcut.configuration(file, "Cycles").launch(ILaunchManager.RUN_MODE, null);
		waitForResult();
		PlotView plot = waitForFinishedPlot();
		Path folder = Files.createTempDirectory("plot-export");

		Path png = folder.resolve("cycles.png");
		plot.exportPng(png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + " x " + image.getHeight());

		Path svg = folder.resolve("cycles.svg");
		plot.exportSvg(svg);
		assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
				.getDocumentElement().getTagName());
		assertTrue(Files.readString(svg).contains(">Predator<"));

		Path csv = folder.resolve("cycles.csv");
		plot.exportCsv(csv);
		List<String> lines = Files.readAllLines(csv);
		assertEquals("time,Prey,Predator", lines.get(0));
		assertEquals(plot.trajectory().size() + 1, lines.size());
		try (var files = Files.list(folder)) {
			assertEquals(3, files.count(), "the three exports and no temporary file");
		}
	}

	@Test
	void aLongRunStreamsIntoThePlotAndCancelsWithoutSavingAnything() throws Exception {
		String text = Workspace.example("lotka-volterra.crn").replace("simulation Cycles", "simulation Long")
				.replace("until 50", "until 1e7");
		IFile file = Workspace.file(project, "long.crn", text);
		SimulationLaunchShortcut.configuration(file, "Long").launch(ILaunchManager.RUN_MODE, null);

		UiConditions.waitUntil("rows streaming into the Plot view", TIMEOUT, () -> {
			PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
			return plot != null && plot.isLive() && plot.pointCount("Prey") >= 3;
		});
		PlotView streaming = (PlotView) Workspace.page().findView(PlotView.ID);
		Workspace.screenshotMaximized(streaming, streaming.chartControl(), "plot-streaming", () -> { });
		assertEquals(1, Job.getJobManager().find(SimulationJob.FAMILY).length, "the run goes on in its job");

		Job.getJobManager().cancel(SimulationJob.FAMILY);
		UiConditions.waitUntil("the run to stop", TIMEOUT, () -> Job.getJobManager().find(SimulationJob.FAMILY).length == 0);
		UiConditions.waitUntil("the console to report the cancellation", TIMEOUT, () -> console().contains("Long: canceled at t = "));
		assertTrue(console().contains("nothing was saved"), console());
		assertFalse(resultsFolder().exists() && resultsFolder().members().length > 0, "no result file");
		PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
		UiConditions.waitUntil("the plot to stop following", TIMEOUT, () -> !plot.isLive());
	}

	@Test
	void aFailingRunNamesTheFileAndLineAndLeavesNoFile() throws Exception {
		String text = """
				crn Broken {
				    species A = 1
				    A -> B @ 1
				}

				simulation Run {
				    of Broken
				    until 5
				}
				""";
		IFile file = Workspace.file(project, "broken.crn", text);
		SimulationLaunchShortcut.configuration(file, "Run").launch(ILaunchManager.RUN_MODE, null);

		UiConditions.waitUntil("the console to report the error", TIMEOUT, () -> console().contains("nothing was run"));
		UiConditions.waitUntil("the run to end", TIMEOUT, () -> Job.getJobManager().find(SimulationJob.FAMILY).length == 0);
		assertTrue(console().contains("/sims/broken.crn:3:"), "file and line of the undeclared species: " + console());
		assertTrue(console().contains("B"), console());
		assertFalse(resultsFolder().exists(), "no results folder, no file");
		Screenshots.save("simulation-error-console");
	}

	private IFolder resultsFolder() throws CoreException {
		IFolder folder = project.getFolder(SimulationLaunchAttributes.RESULTS_FOLDER);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return folder;
	}

	private IFile waitForResult() throws CoreException {
		UiConditions.waitUntil("a CSV in the results folder", TIMEOUT, () -> {
			try {
				IFolder folder = resultsFolder();
				return folder.exists() && Arrays.stream(folder.members()).anyMatch(r -> r.getName().endsWith(".csv"));
			} catch (CoreException e) {
				return false;
			}
		});
		IResource[] members = resultsFolder().members();
		assertEquals(1, members.length, Arrays.toString(members));
		return (IFile) members[0];
	}

	private static PlotView waitForFinishedPlot() {
		UiConditions.waitUntil("the Plot view to show the finished run", TIMEOUT, () -> {
			PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
			return plot != null && plot.trajectory() != null && !plot.isLive()
					&& plot.pointCount("Prey") == plot.trajectory().size();
		});
		UiConditions.drainEvents();
		return (PlotView) Workspace.page().findView(PlotView.ID);
	}

	private static List<String> lines(IFile file) throws Exception {
		try (InputStream in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	private static String console() {
		String text = SimulationConsole.get().getDocument().get();
		return text.substring(Math.min(consoleStart, text.length()));
	}

}
