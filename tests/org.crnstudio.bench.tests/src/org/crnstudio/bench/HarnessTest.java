package org.crnstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.crnstudio.model.Construction;
import org.crnstudio.model.ReactionNetwork;
import org.junit.jupiter.api.Test;

/** The harness's arithmetic, the compile benchmark's output counts and the command line; never a timing. */
class HarnessTest {

	@Test
	void medianMinMaxAndPerUnitFigures() {
		Measurement m = new Measurement("x", new long[] { 5_000_000, 1_000_000, 3_000_000, 2_000_000 }, new long[] { 100, 300, 200 }, 1000,
				List.of(new OutputCount("terms", 250)));
		assertEquals(2.5, m.medianMillis(), 1e-12);
		assertEquals(1.0, m.minMillis(), 1e-12);
		assertEquals(5.0, m.maxMillis(), 1e-12);
		assertEquals(200, m.medianAllocated());
		assertEquals(4.0, m.perUnit(m.retained(), "terms"), 1e-12);
		assertTrue(Double.isNaN(m.perUnit(1000, "reactions")));
		assertTrue(m.describe().contains("median 2.5 ms, min 1.0 ms, max 5.0 ms (4 runs)"), m.describe());
		// 250 terms in a median of 2.5 ms: 100,000 per second
		assertTrue(m.describe().contains("output 250 terms (100,000 per second at the median): 1 B allocated and 4 B retained per term"), m.describe());
		assertEquals(-1, new Measurement("y", new long[] { 1 }, new long[] { -1 }, 0, List.of()).medianAllocated());
		assertTrue(Double.isNaN(m.medianCpuMillis()), "no CPU times given");
		assertTrue(!m.describe().contains("thread CPU"), m.describe());
		Measurement cpu = new Measurement("z", new long[] { 9_000_000, 8_000_000, 7_000_000 }, new long[] { 1, 1, 1 }, 0, List.of(),
				new long[] { 4_000_000, 2_000_000, 3_000_000 });
		assertEquals(3.0, cpu.medianCpuMillis(), 1e-12);
		assertTrue(cpu.describe().contains("thread CPU per run: median 3.0 ms"), cpu.describe());
	}

	@Test
	void compileBenchmarkCountsTheCompiledNetwork() {
		// 2-3-1 rate-independent, unreduced: 2 reactions per input, 4 per ReLU unit (Fig. 1 of seed 004: 16);
		// terms: per input rail 1 reactant + 3 products; per unit (I+ -> M + H+) 3, (M + I- -> H-) 3, H+ -> Y 2, H- -> Y 2.
		CompileBenchmark plain = new CompileBenchmark("t", "t", () -> RandomNetworks.binary(1, 2, 3, 1), Construction.RATE_INDEPENDENT,
				Map.of("reduce", "false"));
		Operation operation = plain.prepare();
		Object first = operation.run();
		Object second = operation.run();
		assertNotSame(first, second);
		assertEquals(List.of(new OutputCount("reactions", 16), new OutputCount("terms", 4 * 4 + 3 * 10), new OutputCount("species", 21)),
				operation.sizeOf(second));
		CompileBenchmark reduced = new CompileBenchmark("t", "t", () -> RandomNetworks.binary(1, 2, 3, 1), Construction.RATE_INDEPENDENT,
				Map.of("reduce", "true"));
		assertEquals(2 * 2 + 3, ((ReactionNetwork) reduced.prepare().run()).getReactions().size());
	}

	@Test
	void harnessRunsWarmUpAndMeasuredIterations() {
		int[] runs = { 0 };
		Benchmark counting = new Benchmark() {
			@Override
			public String name() {
				return "counting";
			}

			@Override
			public String description() {
				return "allocates one 1 MB array per run";
			}

			@Override
			public Operation prepare() {
				return () -> {
					runs[0]++;
					return new byte[1 << 20];
				};
			}
		};
		Measurement m = new Harness(new Settings(2, 3)).measure(counting);
		assertEquals(2 + 3 + 1, runs[0]); // warm-up, measured, and the one held for retained memory
		assertEquals(3, m.nanos().length);
		if (m.medianAllocated() >= 0) {
			assertTrue(m.medianAllocated() >= 1 << 20, "allocated " + m.medianAllocated());
		}
		assertThrows(IllegalArgumentException.class, () -> new Settings(0, 0));
	}

	@Test
	void commandLineListsAndRejectsUnknownNames() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, BenchMain.run(new String[] { "list" }, new PrintStream(out), new PrintStream(err)));
		for (Benchmark benchmark : Benchmarks.all()) {
			assertTrue(out.toString(StandardCharsets.UTF_8).contains(benchmark.name()), out.toString(StandardCharsets.UTF_8));
		}
		assertEquals(2, BenchMain.run(new String[] { "nope" }, new PrintStream(out), new PrintStream(err)));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no benchmark or suite named 'nope'; valid: compile-ri-mnist,"),
				err.toString(StandardCharsets.UTF_8));
		assertEquals(2, BenchMain.run(new String[] { "--iterations", "x", "all" }, new PrintStream(out), new PrintStream(err)));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--iterations needs a whole number, found 'x'"));
	}
}
