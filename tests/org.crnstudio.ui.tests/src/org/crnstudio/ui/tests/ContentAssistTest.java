package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Space opens the proposal popup with the names and keywords that fit the caret's place. */
class ContentAssistTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void proposesTheNetworkAfterOf() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("assist", false), "demo.crn", Samples.DEMO));
		int afterOf = Samples.offsetOf(Samples.DEMO, "of Demo", 0) + "of ".length();
		List<String> afterOfProposals = proposalsAt(editor, afterOf);
		assertTrue(afterOfProposals.stream().anyMatch(p -> p.startsWith("Demo")), afterOfProposals.toString());
		assertTrue(afterOfProposals.stream().noneMatch(p -> p.startsWith("simulation")),
				"no template in the middle of a line: " + afterOfProposals);
		Screenshots.save("content-assist-after-of");
	}

	@Test
	void proposesMemberKeywordsInsideACrn() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("assist", false), "demo.crn", Samples.DEMO));
		int memberLine = Samples.offsetOf(Samples.DEMO, "species A", 0);
		List<String> memberProposals = proposalsAt(editor, memberLine);
		assertTrue(memberProposals.stream().anyMatch(p -> p.startsWith("species")), memberProposals.toString());
		assertTrue(memberProposals.stream().anyMatch(p -> p.startsWith("parameter")), memberProposals.toString());
		assertTrue(memberProposals.stream().noneMatch(p -> p.startsWith("layer")),
				"no neural-network member inside a crn: " + memberProposals);
		assertTrue(memberProposals.stream().noneMatch(p -> p.startsWith("simulation")),
				"no top-level template inside a crn: " + memberProposals);
		Screenshots.save("content-assist-crn-member");
	}

	@Test
	void proposesTemplatesAtTopLevel() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("assist", false), "demo.crn", Samples.DEMO));
		int emptyLine = Samples.offsetOf(Samples.DEMO, "}\n\nsimulation", 0) + 2;
		List<String> topLevel = proposalsAt(editor, emptyLine);
		assertTrue(topLevel.stream().anyMatch(p -> p.startsWith("simulation - ")), topLevel.toString());
		assertTrue(topLevel.stream().anyMatch(p -> p.startsWith("nn - ")), topLevel.toString());
		Screenshots.save("content-assist-templates");
	}

	/** Opens content assist at {@code offset} and returns the rows of the proposal popup. */
	static List<String> proposalsAt(CrnEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		editor.viewer().getTextWidget().setFocus();
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		return waitForPopupRows();
	}

	/** Waits for a proposal popup (content assist or quick assist) and returns its rows. */
	static List<String> waitForPopupRows() {
		List<String> rows = new ArrayList<>();
		UiConditions.waitUntil("the proposal popup", Workbench.TIMEOUT, () -> {
			rows.clear();
			rows.addAll(popupRows());
			return !rows.isEmpty() && rows.stream().noneMatch(r -> r.startsWith("Computing proposals"));
		});
		return rows;
	}

	/** Chooses the first row of the visible proposal popup, as a double click on it does. */
	static void chooseFirstProposal() {
		for (Shell shell : Display.getCurrent().getShells()) {
			Table table = popupTable(shell);
			if (table != null) {
				table.setSelection(0);
				org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
				event.item = table.getItem(0);
				table.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, event);
				return;
			}
		}
		throw new AssertionError("no proposal popup is open");
	}

	private static Table popupTable(Shell shell) {
		if (!shell.isVisible()) {
			return null;
		}
		for (Shell child : shell.getShells()) {
			Table found = popupTable(child);
			if (found != null) {
				return found;
			}
		}
		for (org.eclipse.swt.widgets.Control control : shell.getChildren()) {
			if (control instanceof Table table && table.isVisible() && table.getItemCount() > 0) {
				return table;
			}
		}
		return null;
	}

	private static List<String> popupRows() {
		List<String> rows = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			collect(shell, rows);
		}
		return rows;
	}

	private static void collect(Shell shell, List<String> rows) {
		if (!shell.isVisible()) {
			return;
		}
		for (Shell child : shell.getShells()) {
			collect(child, rows);
		}
		for (org.eclipse.swt.widgets.Control control : shell.getChildren()) {
			if (control instanceof Table table && table.isVisible()) {
				for (TableItem item : table.getItems()) {
					rows.add(item.getText());
				}
			}
		}
	}
}
