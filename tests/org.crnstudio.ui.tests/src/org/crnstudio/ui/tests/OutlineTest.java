package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ide.services.OutlineNode;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.editor.CrnOutlinePage;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline view lists the declarations and members, and is linked with the editor both ways. */
class OutlineTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void outlineShowsTheDeclarationsAndFollowsTheSelection() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("outline", false), "demo.crn", Samples.DEMO));
		Workbench.page().showView(IPageLayout.ID_OUTLINE);
		CrnOutlinePage page = (CrnOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		UiConditions.waitUntil("the outline to show two declarations", Workbench.TIMEOUT,
				() -> page.getControl() != null && ((Tree) page.getControl()).getItemCount() == 2);
		Tree tree = (Tree) page.getControl();
		List<String> top = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			top.add(item.getText());
		}
		assertTrue(top.get(0).contains("Demo"), top.toString());
		assertTrue(top.get(1).contains("Run"), top.toString());
		List<String> members = new ArrayList<>();
		for (TreeItem item : tree.getItem(0).getItems()) {
			members.add(item.getText());
		}
		assertTrue(members.stream().anyMatch(m -> m.contains("k")), members.toString());
		assertTrue(members.stream().anyMatch(m -> m.contains("A")), members.toString());
		assertTrue(members.stream().anyMatch(m -> m.contains("decay")), members.toString());
		Screenshots.save("outline");

		// outline -> editor: selecting the simulation selects its name
		TreeViewer viewer = page.treeViewer();
		OutlineNode run = page.roots().get(1);
		viewer.setSelection(new StructuredSelection(run), true);
		UiConditions.drainEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(Samples.offsetOf(Samples.DEMO, "Run", 0), selection.getOffset());
		assertEquals("Run", selection.getText());

		// editor -> outline: the caret in the species line selects the species node
		editor.selectAndReveal(Samples.offsetOf(Samples.DEMO, "A = 1", 0), 0);
		UiConditions.waitUntil("the outline to select the node at the caret", Workbench.TIMEOUT,
				() -> viewer.getSelection() instanceof IStructuredSelection s
						&& s.getFirstElement() instanceof OutlineNode node && node != run
						&& node.offset() <= Samples.offsetOf(Samples.DEMO, "A = 1", 0)
						&& Samples.offsetOf(Samples.DEMO, "A = 1", 0) <= node.offset() + node.length()
						&& page.roots().get(0) != node);
	}
}
