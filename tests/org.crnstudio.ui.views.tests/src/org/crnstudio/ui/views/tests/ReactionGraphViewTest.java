package org.crnstudio.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.crnstudio.graph.EdgeKind;
import org.crnstudio.graph.GraphNode;
import org.crnstudio.graph.NodeKind;
import org.crnstudio.graph.ReactionGraph;
import org.crnstudio.graph.layout.LaidOutGraph;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.views.graph.GraphPreferences;
import org.crnstudio.ui.views.graph.ReactionGraphView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Reaction Graph view follows the .crn editor, draws the network, reveals clicked nodes and exports. */
class ReactionGraphViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workspace.project("graphs");
	}

	@AfterEach
	void clean() throws Exception {
		Workspace.clean();
	}

	@Test
	void drawsLotkaVolterraAndAClickOnANodeRevealsItsLine() throws Exception {
		ITextEditor editor = open(Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn")));
		ReactionGraphView view = showGraphView();
		LaidOutGraph shown = waitForGraph(view, "LotkaVolterra");

		ReactionGraph graph = shown.graph();
		assertEquals(2, graph.count(NodeKind.SPECIES));
		assertEquals(3, graph.count(NodeKind.REACTION));
		assertEquals(6, graph.edges().size());
		assertEquals("LotkaVolterra: 2 species, 3 reactions", view.statusText());
		Workspace.screenshotMaximized(view, view.canvasControl(), "graph-lotka-volterra", view::fit);

		GraphNode predation = graph.nodes().stream().filter(n -> n.label().equals("predation")).findFirst().orElseThrow();
		click(view.canvasControl(), view.nodeCenter(predation.id()));
		UiConditions.drainEvents();

		assertEquals(predation.id(), view.selectedNodeId());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(13 - 1, selection.getStartLine(), "the editor shows line 13, 'predation: ...'");
		assertTrue(selection.getText().strip().startsWith("predation: Prey + Predator -> 2 Predator"), selection.getText());
		Workspace.page().bringToTop(view);
		UiConditions.drainEvents();
		Screenshots.save("graph-node-revealed");
	}

	@Test
	void followsTheCursorIntoACompiledNetworkGroupedByLayerAndZoomsWithTheWheel() throws Exception {
		String text = Workspace.example("fixed-point.crn");
		ITextEditor editor = open(Workspace.file(project, "fixed-point.crn", text));
		ReactionGraphView view = showGraphView();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.getLineOffset(14), 0); // line 15: crn SmallCrn = compile Small with fixed_point()
		LaidOutGraph shown = waitForGraph(view, "SmallCrn");

		assertEquals(4, shown.groupBounds().size(), "input, smoothing, hidden and out layers have boxes");
		assertEquals(44, shown.graph().count(NodeKind.REACTION));
		assertTrue(shown.graph().count(EdgeKind.CATALYST) > 0);
		double before = view.zoom();
		Control canvas = view.canvasControl();
		Event wheel = new Event();
		wheel.x = canvas.getSize().x / 2;
		wheel.y = canvas.getSize().y / 2;
		wheel.count = 3;
		canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		UiConditions.drainEvents();
		assertTrue(view.zoom() > before, "the wheel zooms in: " + before + " -> " + view.zoom());
		Workspace.screenshotMaximized(view, view.canvasControl(), "graph-fixed-point-layers", view::fit);
	}

	@Test
	void movingTheCursorBetweenNetworksSwitchesTheGraphAndEditsRedrawIt() throws Exception {
		String text = """
				crn First {
				    species A = 1
				    A -> 0 @ 1
				}

				crn Second {
				    species B = 1
				    species C
				    B -> 2 C @ 1
				}
				""";
		ITextEditor editor = open(Workspace.file(project, "two.crn", text));
		ReactionGraphView view = showGraphView();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());

		editor.selectAndReveal(document.getLineOffset(7), 0); // in Second
		assertEquals(2, waitForGraph(view, "Second").graph().count(NodeKind.SPECIES));
		editor.selectAndReveal(document.getLineOffset(1), 0); // in First
		assertEquals(1, waitForGraph(view, "First").graph().count(NodeKind.SPECIES));

		document.replace(document.getLineOffset(2), 0, "    species D\n    A -> D @ 2\n");
		UiConditions.waitUntil("the edited First to be drawn", TIMEOUT,
				() -> view.graph().graph().count(NodeKind.SPECIES) == 2 && !view.isBusy());
		assertEquals(2, view.graph().graph().count(NodeKind.REACTION));
	}

	@Test
	void exportsTheShownGraphAsSvgAndPng() throws Exception {
		open(Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn")));
		ReactionGraphView view = showGraphView();
		LaidOutGraph shown = waitForGraph(view, "LotkaVolterra");
		Path folder = Files.createTempDirectory("graph-export");

		Path svg = folder.resolve("lv.svg");
		view.exportSvg(svg);
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getTagName());
		assertTrue(Files.readString(svg).contains(">Predator<"));

		Path png = folder.resolve("lv.png");
		view.exportPng(png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals((int) Math.ceil(shown.width()), image.getWidth());
		assertEquals((int) Math.ceil(shown.height()), image.getHeight());
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "only the two exports, no temporary files");
		}
	}

	@Test
	void aLargeNetworkStartsCollapsedAndExpandsOnRequest() throws Exception {
		StringBuilder chain = new StringBuilder("crn Chain {\n    species S0 = 1\n");
		int reactions = 300;
		for (int i = 1; i <= reactions; i++) {
			chain.append("    species S").append(i).append('\n');
		}
		for (int i = 0; i < reactions; i++) {
			chain.append("    S").append(i).append(" -> S").append(i + 1).append(" @ 1\n");
		}
		chain.append("}\n");
		open(Workspace.file(project, "chain.crn", chain.toString()));
		ReactionGraphView view = showGraphView();
		LaidOutGraph collapsed = waitForGraph(view, "Chain");

		assertTrue(collapsed.graph().collapsed());
		assertEquals(1, collapsed.graph().nodes().size(), "a hand-written network has one group");
		assertTrue(view.statusText().contains("collapsed"), view.statusText());
		Workspace.screenshotMaximized(view, view.canvasControl(), "graph-collapsed", view::fit);

		view.setExpanded(true);
		UiConditions.waitUntil("the expanded graph", TIMEOUT,
				() -> view.graph() != null && !view.graph().graph().collapsed());
		assertEquals(reactions, view.graph().graph().count(NodeKind.REACTION));
		assertEquals(reactions + 1, view.graph().graph().count(NodeKind.SPECIES));
		Workspace.screenshotMaximized(view, view.canvasControl(), "graph-expanded", view::fit);
	}

	@Test
	void aNetworkAboveTheNodeCapKeepsItsGroupsAndSaysWhereToRaiseTheCap() throws Exception {
		int reactions = 300; // 301 species + 300 reactions = 601 nodes
		open(Workspace.file(project, "chain.crn", chain(reactions)));
		ReactionGraphView view = showGraphView();
		waitForGraph(view, "Chain");
		GraphPreferences.setExpandNodeCap(500);
		try {
			view.setExpanded(true);
			UiConditions.waitUntil("the refusal", TIMEOUT, () -> !view.isBusy() && view.statusText().contains("601 nodes"));

			assertTrue(view.graph().graph().collapsed(), "above the cap the groups stay");
			assertEquals("Chain: 301 species, 300 reactions = 601 nodes, more than the 500 nodes Expand lays out, so it"
					+ " stays collapsed to 1 group (raise the cap in Window > Preferences > CRN Studio > Reaction Graph)",
					view.statusText());
			Workspace.screenshotMaximized(view, view.canvasControl(), "graph-above-cap", view::fit);

			// raising the cap lays the expanded graph out at once
			GraphPreferences.setExpandNodeCap(601);
			UiConditions.waitUntil("the expanded graph under the raised cap", TIMEOUT,
					() -> view.graph() != null && !view.graph().graph().collapsed() && !view.isBusy());
			assertEquals(reactions, view.graph().graph().count(NodeKind.REACTION));
			assertEquals("Chain: 301 species, 300 reactions", view.statusText());
		} finally {
			GraphPreferences.resetExpandNodeCap();
			view.setExpanded(false);
		}
		assertEquals(GraphPreferences.DEFAULT_EXPAND_NODE_CAP, GraphPreferences.expandNodeCap());
	}

	@Test
	void whileAnotherFileIsLaidOutThePreviousGraphIsNotShown() throws Exception {
		ITextEditor first = open(Workspace.file(project, "lotka-volterra.crn", Workspace.example("lotka-volterra.crn")));
		open(Workspace.file(project, "two.crn", "crn Other {\n    species B = 1\n    B -> 0 @ 1\n}\n"));
		ReactionGraphView view = showGraphView();
		waitForGraph(view, "Other");

		// the job manager holds the layout back, so the state between the switch and the new graph can be seen
		Job.getJobManager().suspend();
		try {
			Workspace.page().activate(first);
			UiConditions.waitUntil("the view to start on lotka-volterra.crn", TIMEOUT,
					() -> view.statusText().contains("lotka-volterra.crn"));
			assertTrue(view.isBusy());
			assertNull(view.graph(), "the graph of two.crn is gone");
			assertEquals("Laying out the reaction graph of lotka-volterra.crn...", view.pendingText());
			assertEquals(view.pendingText(), view.statusText());
			UiConditions.drainEvents();
			Workspace.screenshotMaximized(view, view.canvasControl(), "graph-laying-out", () -> { });
		} finally {
			Job.getJobManager().resume();
		}
		waitForGraph(view, "LotkaVolterra");
		assertNull(view.pendingText());
	}

	private static String chain(int reactions) {
		StringBuilder chain = new StringBuilder("crn Chain {\n    species S0 = 1\n");
		for (int i = 1; i <= reactions; i++) {
			chain.append("    species S").append(i).append('\n');
		}
		for (int i = 0; i < reactions; i++) {
			chain.append("    S").append(i).append(" -> S").append(i + 1).append(" @ 1\n");
		}
		return chain.append("}\n").toString();
	}

	private static ITextEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(Workspace.page(), file, true);
		UiConditions.waitUntil("the editor to be active", TIMEOUT, () -> Workspace.page().getActiveEditor() == editor);
		return assertInstanceOf(ITextEditor.class, editor);
	}

	private static ReactionGraphView showGraphView() throws Exception {
		ReactionGraphView view = (ReactionGraphView) Workspace.page().showView(ReactionGraphView.ID);
		Workspace.page().bringToTop(view);
		// the editor stays the active part, as when the user keeps typing; the view follows it
		Workspace.page().activate(Workspace.page().getActiveEditor());
		return view;
	}

	private static LaidOutGraph waitForGraph(ReactionGraphView view, String network) {
		UiConditions.waitUntil("the graph of " + network, TIMEOUT,
				() -> view.graph() != null && view.graph().graph().networkName().equals(network) && !view.isBusy());
		UiConditions.drainEvents();
		assertFalse(view.isBusy());
		return view.graph();
	}

	private static void click(Control control, Point at) {
		Event down = new Event();
		down.x = at.x;
		down.y = at.y;
		down.button = 1;
		control.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.x = at.x;
		up.y = at.y;
		up.button = 1;
		control.notifyListeners(SWT.MouseUp, up);
	}
}
