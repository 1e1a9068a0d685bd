package org.crnstudio.sim.tests;

import static org.crnstudio.sim.tests.NetworkBuilder.crn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.CrnJsonWriter;
import org.crnstudio.io.CsvTrajectoryWriter;
import org.crnstudio.io.Trajectory;
import org.crnstudio.model.BinaryOperator;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON output, and the atomic file writer under failure. */
class WritersTest {

    @TempDir
    Path folder;

    private static Trajectory smallTrajectory() {
        Trajectory trajectory = new Trajectory(List.of("A", "y,1"));
        trajectory.append(0, new double[] { 1, 0 });
        trajectory.append(0.5, new double[] { 0.1 + 0.2, 1e-5 });
        trajectory.append(1, new double[] { Math.PI, -2.5e-300 });
        return trajectory;
    }

    @Test
    void csvHasTheHeaderAndOneRoundTrippableRowPerTime() throws IOException {
        StringWriter text = new StringWriter();
        new CsvTrajectoryWriter().write(smallTrajectory(), text);
        assertEquals("time,A,\"y,1\"\n"
                + "0,1,0\n"
                + "0.5,0.30000000000000004,1.0E-5\n"
                + "1,3.141592653589793,-2.5E-300\n", text.toString());
        String[] lastRow = text.toString().split("\n")[3].split(",");
        assertEquals(Math.PI, Double.parseDouble(lastRow[1]));
        assertEquals(-2.5e-300, Double.parseDouble(lastRow[2]));
    }

    @Test
    void csvFileIsWrittenWithItsFolders() throws IOException {
        Path target = folder.resolve("runs/deep/run.csv");
        new CsvTrajectoryWriter().write(smallTrajectory(), target);
        assertEquals(4, Files.readAllLines(target, StandardCharsets.UTF_8).size());
    }

    @Test
    void failingContentLeavesNoFileAndKeepsAnOldOne() throws IOException {
        Path fresh = folder.resolve("fresh.csv");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(fresh, writer -> {
            writer.write("time,A\n0,1\n");
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(fresh));
        assertEquals(List.of(), listing());

        Path existing = folder.resolve("existing.csv");
        Files.writeString(existing, "old content");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(existing, writer -> {
            writer.write("partial");
            throw new IllegalStateException("bug in the content");
        }));
        assertEquals("old content", Files.readString(existing));
        assertEquals(List.of("existing.csv"), listing());
    }

    @Test
    void jsonHasExactlyTheAgreedShape() {
        NetworkBuilder builder = crn("Small").parameter("k", 0.5).species("A", 1).species("B", 0)
                .reaction("A + A -> 2 B", "k").reversible("B <-> C", 2, 0.25);
        builder.reaction("say \"hi\"\n", "0 -> A", NetworkBuilder.number(1e-3));
        builder.observable("total", NetworkBuilder.binary(builder.ref("A"), BinaryOperator.ADD,
                NetworkBuilder.binary(NetworkBuilder.number(2), BinaryOperator.MULTIPLY, builder.ref("B"))));
        ReactionNetwork network = builder.build();
        assertEquals("{\"species\":[{\"name\":\"A\",\"initial\":1},{\"name\":\"B\",\"initial\":0},"
                + "{\"name\":\"C\",\"initial\":0}],"
                + "\"reactions\":[{\"reactants\":{\"A\":2},\"products\":{\"B\":2},\"rate\":0.5},"
                + "{\"reactants\":{\"B\":1},\"products\":{\"C\":1},\"rate\":2},"
                + "{\"reactants\":{\"C\":1},\"products\":{\"B\":1},\"rate\":0.25},"
                + "{\"reactants\":{},\"products\":{\"A\":1},\"rate\":0.001,\"label\":\"say \\\"hi\\\"\\n\"}],"
                + "\"parameters\":{\"k\":0.5},\"observables\":{\"total\":\"A + 2 * B\"}}",
                new CrnJsonWriter().write(network));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
