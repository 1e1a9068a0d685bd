package org.crnstudio.ui.views.graph;

import java.util.Locale;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Follows the active .crn text editor of a workbench page: reports its text and cursor line whenever the
 * editor is activated, its text changes or its cursor moves to another line (after a short pause, so typing
 * does not start a job per key).
 */
final class ActiveEditorTracker implements IPartListener2 {

	/** What the tracker reports: the editor, its full text, the 1-based cursor line and the file name. */
	interface Listener {
		void sourceChanged(ITextEditor editor, String text, int line, String fileName);
	}

	private static final int PAUSE_MS = 300;

	private final IWorkbenchPage page;
	private final Listener listener;
	private ITextEditor editor;
	private IDocument document;
	private StyledText text;
	private int lastLine = -1;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};
	private final CaretListener caretListener = event -> {
		if (currentLine() != lastLine) {
			schedule();
		}
	};
	private final Runnable report = this::report;

	ActiveEditorTracker(IWorkbenchPage page, Listener listener) {
		this.page = page;
		this.listener = listener;
	}

	void start() {
		page.addPartListener(this);
		if (page.getActiveEditor() != null) {
			follow(page.getActiveEditor());
		}
	}

	void stop() {
		page.removePartListener(this);
		detach();
	}

	ITextEditor editor() {
		return editor;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		if (part instanceof ITextEditor) {
			follow(part);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			follow(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			detach();
		}
	}

	private void follow(IWorkbenchPart part) {
		if (!(part instanceof ITextEditor candidate) || !isCrn(candidate)) {
			return;
		}
		detach();
		editor = candidate;
		document = candidate.getDocumentProvider().getDocument(candidate.getEditorInput());
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		if (candidate.getAdapter(Control.class) instanceof StyledText styled) {
			text = styled;
			text.addCaretListener(caretListener);
		}
		lastLine = -1;
		schedule();
	}

	private void detach() {
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		if (text != null && !text.isDisposed()) {
			text.removeCaretListener(caretListener);
		}
		editor = null;
		document = null;
		text = null;
	}

	private static boolean isCrn(ITextEditor editor) {
		return editor.getEditorInput() != null
				&& editor.getEditorInput().getName().toLowerCase(Locale.ROOT).endsWith(".crn");
	}

	private void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(PAUSE_MS, report); // re-arming restarts the pause
		}
	}

	private void report() {
		if (editor == null || document == null) {
			return;
		}
		lastLine = currentLine();
		listener.sourceChanged(editor, document.get(), lastLine, editor.getEditorInput().getName());
	}

	private int currentLine() {
		if (text == null || text.isDisposed() || document == null) {
			return 1;
		}
		try {
			int offset = text.getCaretOffset();
			if (editor instanceof org.eclipse.jface.text.ITextViewerExtension5 extension) {
				offset = extension.widgetOffset2ModelOffset(offset);
			}
			return document.getLineOfOffset(Math.min(offset, document.getLength())) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return 1;
		}
	}
}
