package org.crnstudio.plot;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes binary content so that readers see the old file or the complete new one (temporary file, then move). */
final class AtomicBytes {

	private AtomicBytes() {
	}

	static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
		boolean moved = false;
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temporary);
			}
		}
	}
}
