package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.crnstudio.io.Trajectory;
import org.crnstudio.plot.AxisFit;
import org.crnstudio.plot.AxisScale;
import org.crnstudio.plot.Extent;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.launch.SimulationLaunchShortcut;
import org.crnstudio.ui.views.plot.PlotView;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Plot view's axes fit the data, ensembles show a band, training metrics an accuracy axis. */
class PlotViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";

	/** Other tests leave the view with their settings (log axes, hidden series): start from a new one. */
	@BeforeEach
	void closeThePlotView() {
		var view = Workspace.page().findView(PlotView.ID);
		if (view != null) {
			Workspace.page().hideView(view);
		}
	}

	@AfterEach
	void clean() throws Exception {
		closeThePlotView();
		PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(LIGHT, false);
		UiConditions.drainEvents();
		Workspace.clean();
	}

	/**
	 * The bug: a run over [0, 50] showed an X axis from -38 to 88. SWTChart's adjustRange adds margins of a few
	 * pixels, and the view adjusted while its plot was still 13 x 4 pixels (just opened): 5 pixels of 13 became
	 * 10/13 of the range each side; later refits depended on the plot's size too (a 37 pixel high plot got a Y
	 * range of -176 to 940 for data in [0, 750]).
	 */
	@Test
	void aRunOverZeroToFiftyShowsZeroToFiftyInTheDarkTheme() throws Exception {
		PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(DARK, false);
		UiConditions.drainEvents();
		IFile file = Workspace.file(Workspace.project("axes"), "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));
		SimulationLaunchShortcut.configuration(file, "Cycles").launch(ILaunchManager.RUN_MODE, null);
		UiConditions.waitUntil("the plot", TIMEOUT, () -> {
			PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
			return plot != null && plot.trajectory() != null && !plot.isLive();
		});
		PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
		UiConditions.drainEvents();

		assertExtent(new Extent(0, 50), plot.range(true, 0), "the X axis shows the run's time span");
		Trajectory run = plot.trajectory();
		Extent data = Extent.EMPTY.including(run.series("Prey")).including(run.series("Predator"));
		assertExtent(AxisFit.y(data, AxisScale.LINEAR), plot.range(false, 0), "the Y axis: the data and 5% each side");
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-axes-dark", () -> { });
		assertExtent(new Extent(0, 50), plot.range(true, 0), "maximizing the view keeps the range");
	}

	@Test
	void anEnsembleIsOneLegendEntryWithItsBandInsideTheYAxis() throws Exception {
		Trajectory ensemble = new Trajectory(List.of("A", "A_sd", "B"));
		for (int row = 0; row <= 50; row++) {
			double t = row * 0.1;
			double p = Math.exp(-t); // A -> 0 from 10 molecules: binomial(10, exp(-t))
			ensemble.append(t, new double[] { 10 * p, Math.sqrt(10 * p * (1 - p)), 3 });
		}
		PlotView plot = PlotView.open(Workspace.page());
		plot.show(ensemble, "ensemble", false);
		UiConditions.drainEvents();

		assertEquals(List.of("A", "B"), plot.seriesNames(), "A_sd is A's band, not an entry");
		assertEquals(List.of("A", "B"), plot.visibleSeries());
		Extent bands = Extent.EMPTY;
		for (int row = 0; row < ensemble.size(); row++) {
			double mean = ensemble.value(row, 0);
			double sd = ensemble.value(row, 1);
			bands = bands.including(mean - sd, mean + sd, 3);
		}
		assertExtent(AxisFit.y(bands, AxisScale.LINEAR), plot.range(false, 0), "the Y axis holds the whole band");
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-ensemble-band", () -> { });
	}

	@Test
	void trainingMetricsShowErrorAndAccuracyAgainstIterations() throws Exception {
		Trajectory metrics = new Trajectory(List.of("train_error", "train_accuracy", "validation_error", "validation_accuracy"));
		for (int row = 0; row <= 10; row++) {
			double error = 1.0 / (1 + row);
			metrics.append(10 * row, new double[] { error, 1 - error / 2, 1.2 * error, 1 - 0.6 * error });
		}
		PlotView plot = PlotView.open(Workspace.page());
		plot.show(metrics, "training", false);
		UiConditions.drainEvents();

		assertEquals(List.of("error", "accuracy"), plot.yAxisTitles());
		assertExtent(new Extent(0, 100), plot.range(true, 0), "iterations 0 to 100");
		assertExtent(AxisFit.accuracy(), plot.range(false, 1), "accuracy from 0 to 1");
		assertExtent(AxisFit.y(new Extent(1 / 11.0, 1.2), AxisScale.LINEAR), plot.range(false, 0), "the errors");
		Workspace.screenshotMaximized(plot, plot.chartControl(), "plot-training-metrics", () -> { });
	}

	private static void assertExtent(Extent expected, Extent actual, String what) {
		double tolerance = 1e-9 * Math.max(1, expected.max() - expected.min());
		assertEquals(expected.min(), actual.min(), tolerance, what + ": lower end of " + actual);
		assertEquals(expected.max(), actual.max(), tolerance, what + ": upper end of " + actual);
	}
}
