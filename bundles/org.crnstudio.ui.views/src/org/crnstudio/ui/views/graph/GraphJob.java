package org.crnstudio.ui.views.graph;

import java.util.Optional;
import java.util.function.Consumer;

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

	/** What the job produced: a laid-out graph, or a message saying why there is none. */
	record Result(String key, LaidOutGraph graph, String message) {
	}

	private final SourceCache cache;
	private final String text;
	private final String fileName;
	private final int line;
	private final boolean expanded;
	private final LabelMetrics metrics;
	private final Consumer<Result> done;

	GraphJob(SourceCache cache, String text, String fileName, int line, boolean expanded, LabelMetrics metrics,
			Consumer<Result> done) {
		super("Laying out the reaction graph of " + fileName);
		this.cache = cache;
		this.text = text;
		this.fileName = fileName;
		this.line = line;
		this.expanded = expanded;
		this.metrics = metrics;
		this.done = done;
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
			done.accept(new Result(null, null, fileName + " declares no reaction network (crn) to draw"));
			return Status.OK_STATUS;
		}
		ReactionNetwork network = found.get();
		String key = fileName + "|" + network.getName() + "|" + expanded + "|" + text.hashCode();
		monitor.subTask("compiling " + network.getName());
		try {
			new CrnCompiler().ensureCompiled(network);
		} catch (CompilationException e) {
			done.accept(new Result(null, null, fileName + ":" + e.getLine() + ": " + network.getName()
					+ " cannot be compiled: " + e.getMessage()));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			// a half-typed file can leave the model incomplete: say so instead of failing
			done.accept(new Result(null, null, network.getName() + " cannot be drawn yet: " + e.getMessage()));
			return Status.OK_STATUS;
		}
		monitor.worked(1);
		monitor.subTask("building and laying out the graph of " + network.getName());
		LaidOutGraph laidOut;
		try {
			laidOut = cache.graph(network.getName(), expanded, () -> {
				ReactionGraphBuilder builder = expanded ? new ReactionGraphBuilder(Integer.MAX_VALUE) : new ReactionGraphBuilder();
				ReactionGraph graph = builder.build(network);
				return monitor.isCanceled() ? null : new ReactionGraphLayout(metrics).layout(graph);
			});
		} catch (RuntimeException e) {
			done.accept(new Result(null, null, network.getName() + " cannot be laid out: " + e.getMessage()));
			return Status.OK_STATUS;
		}
		if (laidOut == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		done.accept(new Result(key, laidOut, null));
		return Status.OK_STATUS;
	}
}
