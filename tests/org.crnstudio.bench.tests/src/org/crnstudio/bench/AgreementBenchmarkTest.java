package org.crnstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement benchmark's output counts on a small binary-weight network, and its errors; never a timing. */
class AgreementBenchmarkTest {

	/** 2-2-2 with +1/-1 weights; outputs by hand: y1 = relu(x1 - x2) - relu(x2 - x1), y2 = -y1 + 0.5. */
	private static final String TINY = """
			nn Tiny {
			    input x1, x2
			    layer h = dense(2, relu)   weights [[1, -1], [-1, 1]]
			    layer y = dense(2, linear) weights [[1, -1], [-1, 1]] bias [0, 0.5]
			}
			crn TinyReduced = compile Tiny with rate_independent(reduce = true)
			dataset Points {
			    inputs x1, x2
			    targets c : onehot
			    row 2, 1 -> 0
			    row 0.5, 2 -> 1
			    row 3, 0.5 -> 1
			}
			""";

	@Test
	void countsSamplesAgreeingSamplesAndReactions(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("tiny.crn");
		Files.writeString(file, TINY);
		Operation operation = new AgreementBenchmark("t", "t", file, "TinyReduced", "Points").prepare();
		// reduced rate-independent CRN: one reaction per input rail (2 x 2) and one bimolecular per ReLU unit (2)
		assertEquals(List.of(new OutputCount("samples", 3), new OutputCount("agreeing samples", 3), new OutputCount("reactions", 6)),
				operation.sizeOf(operation.run()));
	}

	@Test
	void aMissingFileOrNameIsAUsageError(@TempDir Path folder) throws IOException {
		Path missing = folder.resolve("missing.crn");
		IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
				() -> new AgreementBenchmark("t", "t", missing, "C", "D").prepare());
		assertTrue(file.getMessage().contains(missing.toString()), file.getMessage());
		Path tiny = folder.resolve("tiny.crn");
		Files.writeString(tiny, TINY);
		IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
				() -> new AgreementBenchmark("t", "t", tiny, "TinyReduced", "Iris").prepare());
		assertTrue(data.getMessage().contains("no dataset Iris"), data.getMessage());
	}
}
