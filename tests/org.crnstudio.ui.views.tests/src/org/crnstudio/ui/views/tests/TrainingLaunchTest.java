package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.crnstudio.io.Trajectory;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.plot.Extent;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.launch.LaunchConsole;
import org.crnstudio.ui.views.launch.TrainingLaunchAttributes;
import org.crnstudio.ui.views.launch.TrainingLaunchShortcut;
import org.crnstudio.ui.views.launch.TrainingRunJob;
import org.crnstudio.ui.views.plot.PlotView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CRN Training launches train in a job, log each report, plot error and accuracy live and save both results. */
class TrainingLaunchTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);
	private static final String HEADER = "iteration,train_error,train_accuracy,validation_error,validation_accuracy";

	private IProject project;
	private int consoleStart;

	@BeforeEach
	void createProject() throws Exception {
		project = Workspace.project("train");
		var plot = Workspace.page().findView(PlotView.ID);
		if (plot != null) {
			Workspace.page().hideView(plot);
		}
		UiConditions.drainEvents();
		consoleStart = LaunchConsole.get(TrainingLaunchAttributes.CONSOLE).getDocument().getLength();
	}

	@AfterEach
	void clean() throws Exception {
		Job.getJobManager().cancel(TrainingRunJob.FAMILY);
		UiConditions.waitUntil("trainings to stop", TIMEOUT, () -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 0);
		Workspace.clean();
	}

	@Test
	void runAsOnTheTrainingInTheEditorTrainsPlotsAndSavesTheMetricsAndTheTrainedModel() throws Exception {
		// the linear-regression example of seed 003, 4 epochs instead of 20 to keep the test short
		String text = Workspace.example("neural-crn-linreg.crn").replace("epochs 20", "epochs 4");
		IFile file = Workspace.file(project, "linreg.crn", text);
		ITextEditor editor = assertInstanceOf(ITextEditor.class, IDE.openEditor(Workspace.page(), file, true));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.getLineOffset(document.getLineOfOffset(text.indexOf("method neural_crn"))), 0);

		// the launch history listens from its first use (in the IDE the Run menu and toolbar use it at startup)
		DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
		new TrainingLaunchShortcut().launch(editor, ILaunchManager.RUN_MODE);
		UiConditions.waitUntil("the training to finish", TIMEOUT, () -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 0
				&& console().contains("saved "));
		UiConditions.waitUntil("the plot to finish", TIMEOUT, () -> {
			PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
			return plot != null && plot.trajectory() != null && !plot.isLive();
		});
		PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
		UiConditions.drainEvents();

		IFolder results = project.getFolder("results");
		List<IFile> files = Arrays.stream(results.members()).map(IFile.class::cast).sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
		assertEquals(2, files.size(), "the metrics and the trained model, nothing else: " + files);
		IFile metrics = files.get(0);
		IFile trained = files.get(1);
		assertTrue(metrics.getName().matches("Fit-\\d{8}-\\d{6}-metrics\\.csv"), metrics.getName());
		assertTrue(trained.getName().matches("Fit-\\d{8}-\\d{6}-trained\\.crn"), trained.getName());
		assertEquals(metrics.getName().replace("-metrics.csv", ""), trained.getName().replace("-trained.crn", ""));

		// the CSV (the training's own table) and the plot (the reports as they streamed) hold the same rows
		List<String> lines = read(metrics).lines().toList();
		assertEquals(HEADER, lines.get(0));
		Trajectory streamed = plot.trajectory();
		assertEquals(lines.size() - 1, streamed.size(), "one row per report");
		assertEquals(4.0, streamed.time(streamed.size() - 1), "the last report is epoch 4");
		for (int row = 0; row < streamed.size(); row++) {
			String[] fields = lines.get(row + 1).split(",", -1);
			assertEquals(streamed.time(row), Double.parseDouble(fields[0]), 0);
			assertEquals(streamed.value(row, 0), Double.parseDouble(fields[1]), 1e-12 * Math.abs(streamed.value(row, 0)));
		}
		assertTrue(streamed.value(streamed.size() - 1, 0) < streamed.value(0, 0), "the error falls");
		assertEquals("error", plot.yAxisTitles().get(0));
		assertEquals(List.of("train_error", "train_accuracy"), plot.seriesNames(),
				"no validation set: its columns hold no value and are not in the legend");
		Extent x = plot.range(true, 0);
		assertEquals(streamed.time(0), x.min(), 1e-9, "the X axis is the iterations");
		assertEquals(4.0, x.max(), 1e-9);
		assertEquals("iteration", plot.xColumns().get(0), "the X drop-down names the first column as the CSV does");

		String model = read(trained);
		assertTrue(model.contains("LinRegTrained"), model);
		LoadedFile reloaded = new CrnLoader().load(text + "\n" + model, "linreg-trained.crn");
		assertFalse(reloaded.hasErrors(), "the trained declarations parse and validate: " + reloaded.diagnostics());

		assertTrue(console().contains("Running training Fit of /train/linreg.crn"), console());
		assertTrue(console().contains("iteration 4: train error"), console());
		assertTrue(java.util.regex.Pattern.compile("Fit: .*; \\d+ steps .*, \\d+ segments").matcher(console()).find(),
				"the simulator's work is in the console: " + console());
		ILaunchConfiguration last = DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
		assertEquals(TrainingLaunchShortcut.configuration(file, "Fit"), last, "the run is in the launch history");
		Workspace.screenshotMaximized(plot, plot.chartControl(), "training-linreg-plot", () -> { });
	}

	@Test
	void aTrainingOfAnUndeclaredModelFailsWithFileAndLineAndLeavesNoFile() throws Exception {
		String text = """
				nn Tiny {
				    input x1
				    layer y = dense(1, linear) weights [[0.5]]
				}

				dataset Points {
				    inputs x1
				    targets y
				    row 1.0 -> 2.0
				    row 2.0 -> 4.0
				}

				training Slow {
				    of Missing on Points
				    method backprop()
				    epochs 2
				}
				""";
		IFile file = Workspace.file(project, "tiny.crn", text);

		TrainingLaunchShortcut.configuration(file, "Slow").launch(ILaunchManager.RUN_MODE, null);
		UiConditions.waitUntil("the training to fail", TIMEOUT, () -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 0
				&& console().contains("error:"));

		String console = console();
		assertTrue(console.matches("(?s).*/train/tiny\\.crn:14:\\d+: error: [^\\n]*Missing.*"),
				"file, line and name of the undeclared model: " + console);
		assertTrue(console.contains("/train/tiny.crn: the file has errors; nothing was run"), console);
		IFolder results = project.getFolder("results");
		assertTrue(!results.exists() || results.members().length == 0, "no result file is left");
		UiConditions.drainEvents();
		Screenshots.save("training-error-console");
	}

	@Test
	void aLongTrainingIsCanceledFromItsJobAndSavesNothing() throws Exception {
		// the one-pot XOR example: 26,000 iterations of a training CRN, long enough to be stopped after a report
		IFile file = Workspace.file(project, "xor.crn", Workspace.example("one-pot-xor.crn"));

		TrainingLaunchShortcut.configuration(file, "XorTraining").launch(ILaunchManager.RUN_MODE, null);
		UiConditions.waitUntil("the training to start", TIMEOUT, () -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 1);
		UiConditions.waitUntil("its first report", TIMEOUT, () -> console().contains("iteration "));
		Job.getJobManager().cancel(TrainingRunJob.FAMILY);
		UiConditions.waitUntil("the training to stop", TIMEOUT, () -> Job.getJobManager().find(TrainingRunJob.FAMILY).length == 0);
		UiConditions.waitUntil("the console to report the cancellation", TIMEOUT, () -> console().contains("XorTraining: canceled after"));

		assertTrue(console().contains("nothing was saved"), console());
		IFolder results = project.getFolder("results");
		assertTrue(!results.exists() || results.members().length == 0, "a canceled training saves no file");
	}

	private String console() {
		String all = LaunchConsole.get(TrainingLaunchAttributes.CONSOLE).getDocument().get();
		return all.substring(Math.min(consoleStart, all.length()));
	}

	private static String read(IFile file) throws Exception {
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		try (InputStream in = file.getContents()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
