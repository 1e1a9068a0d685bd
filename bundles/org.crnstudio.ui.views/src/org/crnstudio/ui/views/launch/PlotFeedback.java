package org.crnstudio.ui.views.launch;

import java.util.function.Consumer;

import org.crnstudio.io.Trajectory;
import org.crnstudio.ui.views.plot.PlotView;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a run's streaming trajectory in the Plot view of the active window (asynchronously, on the UI thread),
 * and tells the view when the run has ended. One per run.
 */
final class PlotFeedback {

	private final Consumer<String> log;
	private PlotView view;

	/** @param log where to say that the view cannot be opened */
	PlotFeedback(Consumer<String> log) {
		this.log = log;
	}

	void start(Trajectory trajectory, String title) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				return;
			}
			try {
				view = PlotView.open(window.getActivePage());
				view.show(trajectory, title, true);
			} catch (PartInitException e) {
				log.accept("the Plot view cannot be opened: " + e.getMessage());
			}
		});
	}

	void finish() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			if (view != null && view.getSite() != null && view.getViewSite().getPage() != null) {
				view.finished();
			}
		});
	}
}
