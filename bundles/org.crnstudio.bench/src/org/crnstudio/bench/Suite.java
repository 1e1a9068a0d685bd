package org.crnstudio.bench;

import java.util.List;

/**
 * Benchmarks of one operation at growing sizes: run together, their bytes per output unit (e.g. per term) show
 * whether memory grows linearly with the output. {@code unit} names the output count compared.
 */
public record Suite(String name, String description, String unit, List<Benchmark> sizes) {
}
