package org.crnstudio.bench;

/** How many unmeasured warm-up runs precede the measured ones. */
public record Settings(int warmup, int iterations) {

	public static final Settings DEFAULT = new Settings(5, 10);

	public Settings {
		if (warmup < 0 || iterations < 1) {
			throw new IllegalArgumentException("need --warmup >= 0 and --iterations >= 1, found " + warmup + " and " + iterations);
		}
	}
}
