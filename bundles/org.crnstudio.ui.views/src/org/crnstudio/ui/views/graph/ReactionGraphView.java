package org.crnstudio.ui.views.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.graph.svg.GraphSvgWriter;
import org.crnstudio.io.AtomicFileWriter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The Reaction Graph view: the species/reaction graph of the crn under the active .crn editor's cursor, laid out
 * in a background job. Wheel zooms, drag pans, a click on a node reveals its declaration in the editor; toolbar:
 * fit, expand/collapse (large networks start collapsed to their layers; Expand lays out every node only up to
 * {@link GraphPreferences#expandNodeCap()}), export SVG and PNG. While the graph of another file or network is laid
 * out, the canvas says so instead of showing the previous graph.
 */
public final class ReactionGraphView extends ViewPart {

	public static final String ID = "org.crnstudio.ui.views.graph";

	private GraphCanvas canvas;
	private Label status;
	private ActiveEditorTracker tracker;
	private SwtLabelMetrics metrics;
	private GraphJob job;
	private final SourceCache cache = new SourceCache();
	private String currentKey;
	private boolean expanded;
	private String lastText;
	private String lastFile;
	private int lastLine;
	/** Counts the jobs started: what a job reports is shown only while it is the latest. */
	/** Results handed over by a finished job and not yet shown by the UI thread. */
	private final AtomicInteger resultsInFlight = new AtomicInteger();
	private int generation;
	/** The file and network of the graph on the canvas (null while none is). */
	private String shownFile;
	private String shownNetwork;
	private final IPreferenceChangeListener capChanged = event -> {
		if (GraphPreferences.EXPAND_NODE_CAP.equals(event.getKey()) && canvas != null && !canvas.control().isDisposed()) {
			canvas.control().getDisplay().asyncExec(this::capChanged);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Open a .crn file: the graph of the crn under the cursor appears here.");
		canvas = new GraphCanvas(body);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.setSelectionListener(this::reveal);
		metrics = SwtLabelMetrics.of(canvas.control());
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		tracker = new ActiveEditorTracker(getSite().getPage(), this::sourceChanged);
		tracker.start();
		GraphPreferences.node().addPreferenceChangeListener(capChanged);
	}

	private void contributeActions(IToolBarManager toolBar) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		Action fit = action("Fit", "Fit the graph to the view", canvas::fit);
		fit.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		Action expand = new Action("Expand", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setExpanded(isChecked());
			}
		};
		expand.setToolTipText("Show every species and reaction (large networks start collapsed to their layers; up to"
				+ " the node cap of " + GraphPreferences.PAGE_PATH + ")");
		expand.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
		Action svg = action("Export SVG...", "Export the graph as SVG", () -> export("*.svg"));
		svg.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
		Action png = action("Export PNG...", "Export the graph as PNG", () -> export("*.png"));
		png.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		toolBar.add(fit);
		toolBar.add(expand);
		toolBar.add(svg);
		toolBar.add(png);
	}

	private static Action action(String text, String tip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		GraphPreferences.node().removePreferenceChangeListener(capChanged);
		if (tracker != null) {
			tracker.stop();
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	/** The graph shown, or null. */
	public LaidOutGraph graph() {
		return canvas.graph();
	}

	/** What the canvas says instead of a graph while another file's or network's graph is laid out, or null. */
	public String pendingText() {
		return canvas.pending();
	}

	/** The status line: what is shown, or why nothing is. */
	public String statusText() {
		return status.getText();
	}

	/** Whether a layout is under way. */
	public boolean isBusy() {
		return job != null && job.getState() != org.eclipse.core.runtime.jobs.Job.NONE || resultsInFlight.get() > 0;
	}

	/** Fits the whole graph into the view. */
	public void fit() {
		canvas.fit();
	}

	public double zoom() {
		return canvas.scale();
	}

	/** Shows every node (true) or lets large networks collapse to their groups (false); lays out again. */
	public void setExpanded(boolean showAll) {
		expanded = showAll;
		if (lastText != null) {
			startJob(lastText, lastFile, lastLine);
		}
	}

	/** Selects a node as a click would, revealing its declaration line in the editor. */
	public void select(String nodeId) {
		canvas.graph().graph().node(nodeId).ifPresent(canvas::select);
	}

	public String selectedNodeId() {
		return canvas.selectedId();
	}

	/** The canvas control (tests post mouse events to it). */
	public org.eclipse.swt.widgets.Control canvasControl() {
		return canvas.control();
	}

	/** Where a node's centre is on the canvas, in canvas pixels. */
	public org.eclipse.swt.graphics.Point nodeCenter(String nodeId) {
		return canvas.screenCenter(nodeId);
	}

	public void exportSvg(Path file) throws IOException {
		String svg = new GraphSvgWriter().write(requireGraph());
		AtomicFileWriter.write(file, writer -> writer.write(svg));
	}

	public void exportPng(Path file) throws IOException {
		LaidOutGraph graph = requireGraph();
		int width = (int) Math.ceil(graph.width());
		int height = (int) Math.ceil(graph.height());
		Image image = new Image(canvas.control().getDisplay(), width, height);
		GC gc = new GC(image);
		try {
			canvas.paintUnscaled(gc);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			AtomicFileWriter.writeVia(file, temporary -> loader.save(temporary.toString(), SWT.IMAGE_PNG));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private LaidOutGraph requireGraph() {
		if (canvas.graph() == null) {
			throw new IllegalStateException("no graph is shown: open a .crn file with a crn declaration");
		}
		return canvas.graph();
	}

	private void export(String extension) {
		if (canvas.graph() == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", requireGraphMessage());
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFileName(canvas.graph().graph().networkName() + extension.substring(1));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			if (extension.endsWith("svg")) {
				exportSvg(Path.of(chosen));
			} else {
				exportPng(Path.of(chosen));
			}
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Export", chosen + ": cannot be written: " + e.getMessage());
		}
	}

	private static String requireGraphMessage() {
		return "No graph is shown: open a .crn file with a crn declaration.";
	}

	private void sourceChanged(ITextEditor editor, String text, int line, String fileName) {
		lastText = text;
		lastFile = fileName;
		lastLine = line;
		startJob(text, fileName, line);
	}

	private void startJob(String text, String fileName, int line) {
		if (job != null) {
			job.cancel();
		}
		int started = ++generation;
		GraphJob next = new GraphJob(cache, text, fileName, line, expanded, GraphPreferences.expandNodeCap(), metrics,
				new GraphJob.Listener() {
					@Override
					public void layingOut(String file, String network) {
						inUiThread(() -> {
							if (started == generation && !(file.equals(shownFile) && network.equals(shownNetwork))) {
								showPending("Laying out the reaction graph of " + network + " (" + file + ")...");
							}
						});
					}

					@Override
					public void done(GraphJob.Result result) {
						// the job ends before the UI thread shows its result: busy until then
						resultsInFlight.incrementAndGet();
						if (!inUiThread(() -> {
							resultsInFlight.decrementAndGet();
							if (started == generation) {
								showResult(result);
							}
						})) {
							resultsInFlight.decrementAndGet();
						}
					}
				});
		job = next;
		if (fileName.equals(shownFile)) {
			// the same file: its graph stays until the new one replaces it (or the job says another network comes)
			status.setText("Laying out the reaction graph of " + fileName + "...");
		} else {
			showPending("Laying out the reaction graph of " + fileName + "...");
		}
		// through the site's progress service: the view's title and cursor show that it is busy, the
		// Progress view shows the job with its steps; the UI thread stays free
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(next, 0, true);
		} else {
			next.schedule();
		}
	}

	/** Nothing of the previous graph stays on screen: the canvas and the status line say what is coming. */
	private void showPending(String message) {
		currentKey = null;
		shownFile = null;
		shownNetwork = null;
		canvas.showPending(message);
		status.setText(message);
	}

	/** Runs the action in the UI thread later, unless the view is disposed first; false when it never will. */
	private boolean inUiThread(Runnable action) {
		if (canvas.control().isDisposed()) {
			return false;
		}
		canvas.control().getDisplay().asyncExec(() -> {
			if (!canvas.control().isDisposed()) {
				action.run();
			}
		});
		return true;
	}

	private void showResult(GraphJob.Result result) {
		if (result.graph() == null) {
			status.setText(result.message());
			if (canvas.graph() == null) {
				canvas.showPending(result.message()); // not "laying out..." any more: why there is no graph
			}
			return;
		}
		var graph = result.graph().graph();
		String shape = graph.collapsed()
				? " (collapsed to " + graph.nodes().size() + " groups: press Expand to see every node)"
				: "";
		status.setText(result.message() != null ? result.message() : graph.networkName() + ": " + graph.speciesCount()
				+ " species, " + graph.reactionCount() + " reactions" + shape);
		if (!result.key().equals(currentKey)) {
			currentKey = result.key();
			canvas.setGraph(result.graph());
		}
		shownFile = lastFile;
		shownNetwork = graph.networkName();
	}

	/** A new node cap applies to an expanded view at once: lay out again under it. */
	private void capChanged() {
		if (expanded && lastText != null) {
			startJob(lastText, lastFile, lastLine);
		}
	}

	/** Reveals the node's declaration line in the editor the graph was drawn from. */
	private void reveal(GraphNode node) {
		ITextEditor editor = tracker.editor();
		if (editor == null || node.line() <= 0) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			int offset = document.getLineOffset(node.line() - 1);
			int length = document.getLineLength(node.line() - 1);
			String delimiter = document.getLineDelimiter(node.line() - 1);
			editor.selectAndReveal(offset, length - (delimiter == null ? 0 : delimiter.length()));
		} catch (BadLocationException e) {
			// the text changed since the layout: a new one is on its way
		}
	}
}
