package org.crnstudio.compile.fixedpoint;

/**
 * How a real weight or bias w is written as two catalyst concentrations w = w+ - w-.
 * <ul>
 * <li>{@code offset}: w+ = max(w, 0) + margin, w- = max(-w, 0) + margin. Both rails are strictly positive, as the
 * theorems of seeds 000/001 assume, and every node has the same 2c + 4 reactions whatever its weights.</li>
 * <li>{@code exact}: w+ = max(w, 0), w- = max(-w, 0); a rail that is 0 is left out with its reaction.</li>
 * </ul>
 */
public enum RailSplit {
	OFFSET("offset"), EXACT("exact");

	private final String word;

	RailSplit(String word) {
		this.word = word;
	}

	public String word() {
		return word;
	}

	public static RailSplit of(String word) {
		for (RailSplit split : values()) {
			if (split.word.equals(word)) {
				return split;
			}
		}
		throw new IllegalArgumentException(word);
	}

	public double plus(double value, double margin) {
		return Math.max(value, 0) + (this == OFFSET ? margin : 0);
	}

	public double minus(double value, double margin) {
		return Math.max(-value, 0) + (this == OFFSET ? margin : 0);
	}
}
