package org.crnstudio.bench;

/**
 * One named benchmark. {@link #prepare()} builds its inputs (not measured); the returned {@link Operation} is what
 * the harness times, allocates and keeps alive to weigh. Register new ones in {@link Benchmarks}.
 */
public interface Benchmark {

	/** Lower-case words joined by '-', as typed after {@code ./bench}. */
	String name();

	/** One line: what is measured, and the target when there is one. */
	String description();

	Operation prepare();

	/** False for a benchmark too long for {@code ./bench all} (minutes per run): it runs only when named. */
	default boolean inAll() {
		return true;
	}
}
