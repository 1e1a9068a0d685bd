package org.crnstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * Bytes allocated by the current thread (HotSpot's com.sun.management.ThreadMXBean, reached by reflection so the
 * bundle needs no import of a JDK-specific package) and heap in use after garbage collection.
 */
final class MemoryMeter {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final Method allocatedBytes = findAllocatedBytes();

	/** Bytes this thread has allocated so far, or -1 when the JVM does not count them. */
	long allocatedByThisThread() {
		if (allocatedBytes == null) {
			return -1;
		}
		try {
			return (long) allocatedBytes.invoke(threads);
		} catch (ReflectiveOperationException e) {
			return -1;
		}
	}

	/** CPU time of this thread so far (ns), or -1 when the JVM does not measure it. */
	long cpuOfThisThread() {
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
	}

	boolean countsAllocation() {
		return allocatedBytes != null;
	}

	/** Heap used once garbage is collected: collect until the figure stops falling (at most 5 times). */
	long heapUsedAfterGc() {
		long previous = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long used = memory.getHeapMemoryUsage().getUsed();
			if (used >= previous) {
				return Math.min(used, previous);
			}
			previous = used;
		}
		return previous;
	}

	private Method findAllocatedBytes() {
		try {
			Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
			if (!hotspot.isInstance(threads)) {
				return null;
			}
			Method method = hotspot.getMethod("getCurrentThreadAllocatedBytes");
			method.invoke(threads);
			return method;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
