package org.crnstudio.bench;

/** A size of a benchmark's output: {@code count} of {@code unit} (e.g. 4488 reactions). */
public record OutputCount(String unit, long count) {
}
