package org.crnstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.crnstudio.lang.ide.services.OutlineNode;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a .crn editor: declarations and their members from the latest parse. Selecting a node selects its
 * name in the editor; moving the caret selects the innermost node around it.
 */
public final class CrnOutlinePage extends ContentOutlinePage {

	/** Above this many nodes members stay collapsed and the caret reveals declarations only. */
	private static final int LARGE_OUTLINE = 2_000;

	private final CrnEditor editor;
	private List<OutlineNode> roots = List.of();
	private boolean updatingFromEditor;

	CrnOutlinePage(CrnEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		// nodes are records: deep equality over 64,000 members would make every look-up slow
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		viewer.setContentProvider(new NodeContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.setInput(roots);
		if (isSmall()) {
			viewer.expandToLevel(2);
		}
	}

	/** Whether every member may be shown expanded (a 64,000-reaction network shows its declarations only). */
	private boolean isSmall() {
		int count = 0;
		for (OutlineNode root : roots) {
			count += 1 + root.children().size();
		}
		return count <= LARGE_OUTLINE;
	}

	/** Shows a new outline (UI thread). */
	void setRoots(List<OutlineNode> newRoots) {
		roots = newRoots;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(newRoots);
			if (isSmall()) {
				viewer.expandToLevel(2);
			}
		}
	}

	/** The tree viewer (getTreeViewer is protected). */
	public TreeViewer treeViewer() {
		return getTreeViewer();
	}

	/** The nodes shown now (top level). */
	public List<OutlineNode> roots() {
		return roots;
	}

	/** Selects the innermost node whose range holds {@code offset}, without moving the editor's selection. */
	void revealOffset(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<OutlineNode> path = new ArrayList<>();
		innermost(roots, offset, path);
		if (path.isEmpty()) {
			return;
		}
		if (!isSmall()) {
			path = path.subList(0, 1);
		}
		updatingFromEditor = true;
		try {
			viewer.setSelection(new StructuredSelection(path.get(path.size() - 1)), true);
		} finally {
			updatingFromEditor = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (updatingFromEditor) {
			return;
		}
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
		}
	}

	private static void innermost(List<OutlineNode> nodes, int offset, List<OutlineNode> path) {
		for (OutlineNode node : nodes) {
			if (node.offset() <= offset && offset <= node.offset() + node.length()) {
				path.add(node);
				innermost(node.children(), offset, path);
				return;
			}
		}
	}

	private static final class NodeContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}
}
