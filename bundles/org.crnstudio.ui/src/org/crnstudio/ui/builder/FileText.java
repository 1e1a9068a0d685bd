package org.crnstudio.ui.builder;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;

/** A connection to a workspace file's shared text buffer: the same document an open editor shows. */
final class FileText implements AutoCloseable {

	private final IPath path;
	private final ITextFileBuffer buffer;

	private FileText(IPath path, ITextFileBuffer buffer) {
		this.path = path;
		this.buffer = buffer;
	}

	static FileText connect(IFile file) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		return new FileText(path, manager.getTextFileBuffer(path, LocationKind.IFILE));
	}

	IDocument document() {
		return buffer.getDocument();
	}

	boolean isDirty() {
		return buffer.isDirty();
	}

	/** Writes the buffer to the file (the file buffer writes atomically through the workspace). */
	void save() throws CoreException {
		buffer.commit(null, true);
	}

	@Override
	public void close() throws CoreException {
		FileBuffers.getTextFileBufferManager().disconnect(path, LocationKind.IFILE, null);
	}
}
