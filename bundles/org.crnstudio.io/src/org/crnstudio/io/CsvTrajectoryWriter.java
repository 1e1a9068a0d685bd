package org.crnstudio.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * A trajectory as CSV: the header {@code <time name>,<series...>} (time name: {@code time} unless named otherwise), then one row per output time; numbers in a form that
 * reads back to the same double (see {@link NumberText}); lines end with '\n'.
 */
public final class CsvTrajectoryWriter {

    /** Writes the file atomically: it is complete or not there (an existing file is kept on failure). */
    public void write(Trajectory trajectory, Path target) throws IOException {
        AtomicFileWriter.write(target, writer -> write(trajectory, writer));
    }

    public void write(Trajectory trajectory, Writer writer) throws IOException {
        List<String> names = trajectory.seriesNames();
        StringBuilder line = new StringBuilder(field(trajectory.timeName()));
        for (String name : names) {
            line.append(',').append(field(name));
        }
        writer.write(line.append('\n').toString());
        int rows = trajectory.size();
        for (int row = 0; row < rows; row++) {
            line.setLength(0);
            line.append(NumberText.of(trajectory.time(row)));
            double[] values = trajectory.row(row);
            for (double value : values) {
                line.append(',').append(NumberText.of(value));
            }
            writer.write(line.append('\n').toString());
        }
        writer.flush();
    }

    /** A header field, quoted (RFC 4180) only when it holds a separator, a quote or a line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
