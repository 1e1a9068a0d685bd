package org.crnstudio.bench;

/**
 * Runs a benchmark: warm-up runs (JIT), then measured runs, each timed with System.nanoTime and its thread's CPU time and
 * charged with the bytes its thread allocated; finally one more run whose output is held while the heap is weighed after GC.
 */
public final class Harness {

	private final Settings settings;
	private final MemoryMeter meter = new MemoryMeter();

	public Harness(Settings settings) {
		this.settings = settings;
	}

	public Measurement measure(Benchmark benchmark) {
		Operation operation = benchmark.prepare();
		for (int i = 0; i < settings.warmup(); i++) {
			consume(operation.run());
		}
		long[] nanos = new long[settings.iterations()];
		long[] allocated = new long[settings.iterations()];
		long[] cpu = new long[settings.iterations()];
		for (int i = 0; i < settings.iterations(); i++) {
			long bytesBefore = meter.allocatedByThisThread();
			long cpuBefore = meter.cpuOfThisThread();
			long start = System.nanoTime();
			Object result = operation.run();
			nanos[i] = System.nanoTime() - start;
			cpu[i] = cpuBefore < 0 ? -1 : meter.cpuOfThisThread() - cpuBefore;
			allocated[i] = meter.countsAllocation() ? meter.allocatedByThisThread() - bytesBefore : -1;
			consume(result);
		}
		long before = meter.heapUsedAfterGc();
		Object held = operation.run();
		long after = meter.heapUsedAfterGc();
		Measurement measurement = new Measurement(benchmark.name(), nanos, allocated, Math.max(0, after - before), operation.sizeOf(held),
				cpu);
		consume(held);
		return measurement;
	}

	/** Keeps a result observable so the JIT cannot drop the work that made it. */
	private static volatile int sink;

	private static void consume(Object result) {
		sink += System.identityHashCode(result);
	}
}
