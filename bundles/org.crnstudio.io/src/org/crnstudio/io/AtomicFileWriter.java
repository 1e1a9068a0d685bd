package org.crnstudio.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file so that readers see either the old file or the complete new one, never a half-written one:
 * the content goes to a temporary file in the target's folder, which is then moved into place. When writing
 * fails, the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFileWriter {

    /** The text to write; may throw, in which case nothing is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Fills the temporary file by its path (for writers that only take a file name, such as SWT's image saving). */
    @FunctionalInterface
    public interface TemporaryFiller {
        void fill(Path temporary) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Writes content (UTF-8) to target, creating missing parent folders. */
    public static void write(Path target, Content content) throws IOException {
        writeVia(target, temporary -> {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
                content.writeTo(writer);
            }
        });
    }

    /** Writes binary content (an image, say) to target, creating missing parent folders. */
    public static void write(Path target, byte[] content) throws IOException {
        writeVia(target, temporary -> Files.write(temporary, content));
    }

    /** Lets filler write a temporary file beside the target, then moves it into place; on failure removes it. */
    public static void writeVia(Path target, TemporaryFiller filler) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        boolean moved = false;
        try {
            filler.fill(temporary);
            moveIntoPlace(temporary, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
