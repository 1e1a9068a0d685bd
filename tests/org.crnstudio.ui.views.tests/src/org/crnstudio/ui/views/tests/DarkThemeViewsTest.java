package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.graph.ReactionGraphView;
import org.crnstudio.ui.views.launch.SimulationLaunchShortcut;
import org.crnstudio.ui.views.plot.PlotView;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Under the dark theme both views stay readable: the plot and the graph keep their own light drawing surface. */
class DarkThemeViewsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);
	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";

	@AfterEach
	void restore() throws Exception {
		// views styled dark keep some dark colours after a live switch back: close them, later tests reopen them
		for (String id : new String[] { PlotView.ID, ReactionGraphView.ID }) {
			var view = Workspace.page().findView(id);
			if (view != null) {
				Workspace.page().hideView(view);
			}
		}
		PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(LIGHT, false);
		UiConditions.drainEvents();
		Workspace.clean();
	}

	@Test
	void theViewsUnderTheDarkTheme() throws Exception {
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		assertNotNull(engine);
		engine.setTheme(DARK, false);
		UiConditions.drainEvents();
		IFile file = Workspace.file(Workspace.project("dark"), "lotka-volterra.crn", Workspace.example("lotka-volterra.crn"));
		IDE.openEditor(Workspace.page(), file, true);
		ReactionGraphView graph = (ReactionGraphView) Workspace.page().showView(ReactionGraphView.ID);
		UiConditions.waitUntil("the graph", TIMEOUT, () -> graph.graph() != null && !graph.isBusy());
		SimulationLaunchShortcut.configuration(file, "Cycles").launch(ILaunchManager.RUN_MODE, null);
		UiConditions.waitUntil("the plot", TIMEOUT, () -> {
			PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
			return plot != null && plot.trajectory() != null && !plot.isLive();
		});
		PlotView plot = (PlotView) Workspace.page().findView(PlotView.ID);
		UiConditions.drainEvents();

		RGB chartBackground = plot.chartControl().getBackground().getRGB();
		assertTrue(brightness(chartBackground) > 0.8 || brightness(chartBackground) < 0.25,
				"the chart is either light or dark throughout: " + chartBackground);
		assertEquals(DARK, engine.getActiveTheme().getId());
		Workspace.screenshotMaximized(plot, plot.chartControl(), "dark-plot", () -> { });
		Workspace.screenshotMaximized(graph, graph.canvasControl(), "dark-graph", graph::fit);
	}

	private static double brightness(RGB rgb) {
		return (0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue) / 255;
	}
}
