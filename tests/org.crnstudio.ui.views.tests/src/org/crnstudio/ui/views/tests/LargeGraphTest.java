package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.testing.UiHeartbeat;
import org.crnstudio.ui.views.graph.GraphPreferences;
import org.crnstudio.ui.views.graph.ReactionGraphView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate-independent 196-512-512-10 network (MNIST-sized, random +1/-1 weights), compiled, shown in the Reaction
 * Graph view: compiling, building and laying out run in a job, so the UI thread never stalls for a second while
 * the view builds (a 10 ms heartbeat on the UI thread measures the longest stall, from the cursor's move into the
 * network until its graph is shown; the editor has validated and coloured the 1.3 MB file before). Prints the
 * figures.
 */
class LargeGraphTest {

	private static final int[] SIZES = { 196, 512, 512, 10 };
	/** A small network before the compiled one: the view shows it until the cursor moves down to the large one. */
	private static final String SMALL = "\ncrn Small {\n    species A = 1\n    A -> 0 @ 1\n}\n";
	private static final String COMPILED = "crn MnistCrn = compile Mnist with rate_independent(reduce = true)\n";
	private static final long MAX_STALL_MS = 1_000;
	// the wait for the graph is long: parsing and compiling the 1.3 MB text take 15 s on an idle 2-core machine, minutes on
	// a busy one; what the test bounds is the UI thread's longest stall meanwhile
	private static final Duration TIMEOUT = Duration.ofMinutes(8);

	/** A view left by another test may show every node (Expand): start from a new one, collapsed. */
	@BeforeEach
	void closeTheGraphView() {
		var view = Workspace.page().findView(ReactionGraphView.ID);
		if (view != null) {
			Workspace.page().hideView(view);
		}
	}

	@AfterEach
	void clean() throws Exception {
		Workspace.clean();
	}

	@Test
	void theCompiledMnistSizedNetworkIsDrawnWithoutFreezingTheUi() throws Exception {
		String text = network(new Random(2026)) + SMALL + COMPILED;
		IFile file = Workspace.file(Workspace.project("large-graph"), "mnist.crn", text);
		CrnEditor editor = assertInstanceOf(CrnEditor.class, IDE.openEditor(Workspace.page(), file, true));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		// in the small network first: it sits just above the compiled one, so the editor has revealed that end of
		// the file (laying out its long lines) before the measurement, and moving down two lines costs it nothing
		editor.selectAndReveal(text.indexOf("crn Small"), 0);
		ReactionGraphView view = (ReactionGraphView) Workspace.page().showView(ReactionGraphView.ID);
		Workspace.page().activate(editor);
		// the editor's own work on 1.3 MB (validation, colouring) is done first: what is measured is the view
		StyledText widget = editor.viewer().getTextWidget();
		int lastWeight = text.lastIndexOf("-1");
		UiConditions.waitUntil("the editor to validate and colour the file", TIMEOUT,
				() -> editor.isReconciled() && coloured(editor, widget, lastWeight));
		UiConditions.waitUntil("the graph of Small", TIMEOUT, () -> view.graph() != null
				&& view.graph().graph().networkName().equals("Small") && !view.isBusy());
		UiConditions.drainEvents();

		UiHeartbeat heartbeat = new UiHeartbeat();
		heartbeat.start();
		long start = System.nanoTime();
		editor.selectAndReveal(text.indexOf("crn MnistCrn"), 0);
		UiConditions.waitUntil("the layout to start", Duration.ofSeconds(10), view::isBusy);
		String busyStatus = view.statusText();
		UiConditions.waitUntil("the graph of MnistCrn", TIMEOUT, () -> view.graph() != null
				&& view.graph().graph().networkName().equals("MnistCrn") && !view.isBusy());
		long shownMs = (System.nanoTime() - start) / 1_000_000;
		UiConditions.drainEvents();
		heartbeat.stop();

		LaidOutGraph shown = view.graph();
		System.out.printf("Reaction Graph of the compiled 196-512-512-10 network (%d chars of text): shown after %d ms; "
				+ "%s; longest UI thread stall %d ms over %d heartbeats; stalls above 100 ms: %s%n", document.getLength(),
				shownMs, view.statusText(), heartbeat.longestStallMs(), heartbeat.beats(), heartbeat.slowOnes());
		assertTrue(busyStatus.startsWith("Laying out"), "the view says it is working: " + busyStatus);
		assertTrue(shown.graph().collapsed(), "a network this size starts collapsed to its layers");
		assertTrue(view.statusText().contains("MnistCrn") && view.statusText().contains("collapsed"), view.statusText());
		assertTrue(shown.graph().count(NodeKind.GROUP) > 1, "one node per layer: " + shown.graph().nodes());
		assertTrue(heartbeat.beats() > 20, "the heartbeat ran while the view was built: " + heartbeat.beats());
		assertTrue(heartbeat.longestStallMs() < MAX_STALL_MS,
				"the UI thread was blocked " + heartbeat.longestStallMs() + " ms at a time: " + heartbeat.slowOnes());
		Workspace.screenshotMaximized(view, view.canvasControl(), "graph-mnist-collapsed", view::fit);

		// Expand on a network this size keeps the groups (laying out every node ran for more than 6 minutes) and says
		// why, with the count of nodes and where the cap is raised
		int groups = shown.graph().nodes().size();
		String collapsedStatus = view.statusText();
		view.setExpanded(true);
		UiConditions.waitUntil("Expand to be refused", TIMEOUT, () -> !view.isBusy() && !view.statusText().equals(collapsedStatus));
		System.out.println("Expand on MnistCrn: " + view.statusText());
		long nodes = shown.graph().speciesCount() + shown.graph().reactionCount();
		assertTrue(nodes > GraphPreferences.DEFAULT_EXPAND_NODE_CAP, nodes + " nodes");
		assertTrue(view.graph().graph().collapsed(), "the groups stay");
		assertEquals(groups, view.graph().graph().nodes().size());
		assertTrue(view.statusText().contains(String.format(Locale.ROOT, "= %,d nodes, more than the %,d", nodes,
				GraphPreferences.DEFAULT_EXPAND_NODE_CAP)), view.statusText());
		assertTrue(view.statusText().endsWith("(raise the cap in " + GraphPreferences.PAGE_PATH + ")"), view.statusText());
		view.setExpanded(false);
	}

	private static boolean coloured(CrnEditor editor, StyledText widget, int offset) {
		int at = editor.viewer() instanceof ITextViewerExtension5 extension ? extension.modelOffset2WidgetOffset(offset) : offset;
		StyleRange range = at < 0 ? null : widget.getStyleRangeAtOffset(at);
		return range != null && range.foreground != null;
	}

	/** The nn with random +1/-1 weights (one row per unit), ReLU hidden layers, a linear output. */
	private static String network(Random random) {
		StringBuilder text = new StringBuilder(1 << 21);
		text.append("nn Mnist {\n    input ");
		for (int i = 1; i <= SIZES[0]; i++) {
			text.append(i == 1 ? "" : ", ").append('x').append(i);
		}
		text.append('\n');
		for (int l = 1; l < SIZES.length; l++) {
			boolean output = l == SIZES.length - 1;
			text.append("    layer ").append(output ? "y" : "h" + l).append(" = dense(").append(SIZES[l])
					.append(output ? ", linear)" : ", relu)").append(" weights [\n");
			for (int unit = 0; unit < SIZES[l]; unit++) {
				text.append("        [");
				for (int in = 0; in < SIZES[l - 1]; in++) {
					text.append(in == 0 ? "" : ", ").append(random.nextBoolean() ? "1" : "-1");
				}
				text.append(unit == SIZES[l] - 1 ? "]\n" : "],\n");
			}
			text.append("    ]\n");
		}
		text.append("}\n");
		return text.toString();
	}
}
