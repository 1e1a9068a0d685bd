package org.crnstudio.ui.views.graph;

import java.util.Optional;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.graph.NetworkAtLine;
import org.crnstudio.graph.ReactionGraph;
import org.crnstudio.graph.ReactionGraphBuilder;
import org.crnstudio.graph.layout.LabelMetrics;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.graph.layout.ReactionGraphLayout;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.ReactionNetwork;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Parses the editor's text, picks the network under the cursor, compiles it when it is declared by compile,
 * builds and lays out its graph, off the UI thread. Reports a {@link Result}: the graph, or why there is none.
 */
final class GraphJob extends Job {

	/** Job family, so tests and the view can wait for or cancel layouts. */
	static final Object FAMILY = GraphJob.class;

	/**
	 * What the job produced: a laid-out graph (with, when Expand was refused by the node cap, the status line that
	 * says so), or a message saying why there is none.
	 */
	record Result(String key, LaidOutGraph graph, String message) {
	}

	/** What the job tells the view as it goes. Called from the job's thread. */
	interface Listener {
		/** A network's graph is not in the cache: it is being built and laid out now. */
		void layingOut(String fileName, String network);

		void done(Result result);
	}

	private final SourceCache cache;
	private final String text;
	private final String fileName;
	private final int line;
	private final boolean expanded;
	private final int nodeCap;
	private final LabelMetrics metrics;
	private final Listener listener;

	/** @param nodeCap with expanded: the largest network (species + reactions) laid out node by node */
	GraphJob(SourceCache cache, String text, String fileName, int line, boolean expanded, int nodeCap,
			LabelMetrics metrics, Listener listener) {
		super("Laying out the reaction graph of " + fileName);
		this.cache = cache;
		this.text = text;
		this.fileName = fileName;
		this.line = line;
		this.expanded = expanded;
		this.nodeCap = nodeCap;
		this.metrics = metrics;
		this.listener = listener;
		// not a system job: the Progress view lists it with its steps (parse, compile, build, lay out)
		setPriority(Job.LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		synchronized (cache) { // one job at a time works on the cached model (compiling fills it in place)
			return compute(monitor);
		}
	}

	private IStatus compute(IProgressMonitor monitor) {
		monitor.beginTask(getName(), 4);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		monitor.subTask("parsing " + fileName);
		LoadedFile loaded = cache.load(text, fileName);
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Optional<ReactionNetwork> found = NetworkAtLine.find(loaded.model(), line);
		if (found.isEmpty()) {
			failed(fileName + " declares no reaction network (crn) to draw");
			return Status.OK_STATUS;
		}
		ReactionNetwork network = found.get();
		int species = network.getSpecies().size();
		int reactions = network.getReactions().size();
		ExpansionCap cap = new ExpansionCap(nodeCap, species + reactions);
		// FULL: every node; GROUPS: refused by the cap, always collapsed; DEFAULT: collapsed when large
		String mode = !expanded ? "default" : cap.allows() ? "full" : "groups";
		String key = fileName + "|" + network.getName() + "|" + mode + "|" + text.hashCode();
		monitor.subTask("compiling " + network.getName());
		try {
			new CrnCompiler().ensureCompiled(network);
		} catch (CompilationException e) {
			failed(fileName + ":" + e.getLine() + ": " + network.getName() + " cannot be compiled: " + e.getMessage());
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			// a half-typed file can leave the model incomplete: say so instead of failing
			failed(network.getName() + " cannot be drawn yet: " + e.getMessage());
			return Status.OK_STATUS;
		}
		monitor.worked(1);
		monitor.subTask("building and laying out the graph of " + network.getName());
		LaidOutGraph laidOut;
		try {
			laidOut = cache.graph(network.getName(), mode, () -> {
				listener.layingOut(fileName, network.getName());
				ReactionGraphBuilder builder = switch (mode) {
					case "full" -> new ReactionGraphBuilder(Integer.MAX_VALUE);
					case "groups" -> new ReactionGraphBuilder(0);
					default -> new ReactionGraphBuilder();
				};
				ReactionGraph graph = builder.build(network);
				LaidOutGraph result = monitor.isCanceled() ? null : new ReactionGraphLayout(metrics).layout(graph, monitor::isCanceled);
				return monitor.isCanceled() ? null : result;
			});
		} catch (RuntimeException e) {
			failed(network.getName() + " cannot be laid out: " + e.getMessage());
			return Status.OK_STATUS;
		}
		if (laidOut == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		String refusal = mode.equals("groups")
				? cap.refusal(network.getName(), species, reactions, laidOut.graph().nodes().size()) : null;
		listener.done(new Result(key, laidOut, refusal));
		return Status.OK_STATUS;
	}

	private void failed(String message) {
		listener.done(new Result(null, null, message));
	}
}
