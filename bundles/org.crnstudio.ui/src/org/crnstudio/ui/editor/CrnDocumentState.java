package org.crnstudio.ui.editor;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.ui.SharedLanguageServices;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;

/**
 * What the editor knows about its document: the latest parse (published by the reconciler thread) and the edits
 * made since. Every editor service reads the parse from here instead of parsing again.
 */
public final class CrnDocumentState {

	private final EditLog editLog = new EditLog();
	private final CopyOnWriteArrayList<Consumer<ParsedSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private final IDocumentListener editRecorder = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			editLog.add(event.getModificationStamp(), event.getOffset(), event.getLength(),
					event.getText() == null ? 0 : event.getText().length());
		}
	};
	private volatile ParsedSnapshot snapshot;
	private volatile IDocument document;
	private volatile String fileName = "unnamed.crn";

	/** The name problems are reported against (the editor input's name). */
	void setFileName(String name) {
		fileName = name;
	}

	void connect(IDocument newDocument) {
		disconnect();
		document = newDocument;
		// pre-notified: the edit is logged before the viewer repairs the presentation of the changed lines
		newDocument.addPrenotifiedDocumentListener(editRecorder);
	}

	void disconnect() {
		IDocument old = document;
		if (old != null) {
			old.removePrenotifiedDocumentListener(editRecorder);
		}
		document = null;
	}

	String fileName() {
		return fileName;
	}

	void publish(ParsedSnapshot parsed) {
		editLog.dropUpTo(parsed.stamp());
		snapshot = parsed;
		for (Consumer<ParsedSnapshot> listener : listeners) {
			listener.accept(parsed);
		}
	}

	void addListener(Consumer<ParsedSnapshot> listener) {
		listeners.add(listener);
	}

	/** The latest parse, possibly of an older version of the text; null before the first reconcile. */
	ParsedSnapshot latest() {
		return snapshot;
	}

	/** The latest parse if it is of the document's current text, else null. */
	ParsedSnapshot ifCurrent(IDocument current) {
		ParsedSnapshot parsed = snapshot;
		return parsed != null && parsed.stamp() == stamp(current) ? parsed : null;
	}

	/** The parse of the document's current text: the reconciler's if it is current, else a fresh parse. */
	public CrnDocument currentDocument(IDocument current) {
		ParsedSnapshot parsed = ifCurrent(current);
		if (parsed != null) {
			return parsed.document();
		}
		return SharedLanguageServices.get().parse(current.get(), fileName);
	}

	/** Where a large repaint asks for the rest of the document to be recoloured in slices (set by the editor). */
	private volatile java.util.function.LongConsumer recolouring = stamp -> { };

	void setRecolouring(java.util.function.LongConsumer slices) {
		recolouring = slices;
	}

	/** Recolours the whole document in slices from snapshot {@code stamp} (if still current when they run). */
	void requestRecolouring(long stamp) {
		recolouring.accept(stamp);
	}

	EditLog.Mapping editsSince(long stamp) {
		return editLog.since(stamp);
	}

	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
