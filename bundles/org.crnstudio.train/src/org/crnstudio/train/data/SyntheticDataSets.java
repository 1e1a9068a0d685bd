package org.crnstudio.train.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The synthetic data sets of seeds 002 and 003, generated from their definitions with a seeded {@link Random}
 * (the papers store none). Each is a CSV with a header {@code x1,x2,y}; the classes of the classification sets
 * are equally sized (rejection sampling until each class has half the rows, in the order drawn).
 * <ul>
 * <li>Linear2D (seed 003): x ~ U(0, 2)^2, y = 4 (ON) when x1 + 2 x2 > 2, else 0 (OFF);</li>
 * <li>Rings2D (seed 003): x ~ U(-1, 1)^2, y = 0 when |x| <= 0.45, 1 when 0.5 <= |x| <= 1 (other points drawn
 * again);</li>
 * <li>XOR2D (seed 003): x ~ U(0, 1)^2, y = XOR(x1 > 0.5, x2 > 0.5) as 1 / 0;</li>
 * <li>Sine13 (seed 002, section 5.3): x_i = i pi / 13, i = 0..12 (13 points in [0, pi)), y = sin x (header
 * {@code x,y}; no randomness).</li>
 * </ul>
 * Uses nothing beyond the JDK, so it also runs as a single-file program:
 * {@code java bundles/org.crnstudio.train/src/org/crnstudio/train/data/SyntheticDataSets.java experiments/data}
 * writes linear2d.csv, rings2d.csv, xor2d.csv (each {@link #ROWS} rows, seed {@link #SEED}) and sine13.csv.
 */
public final class SyntheticDataSets {

	/** Rows of each generated classification set (the experiments split them 160 / 40). */
	public static final int ROWS = 200;
	/** The seed the experiments' files were generated with. */
	public static final long SEED = 3;

	private SyntheticDataSets() {
	}

	public static double linear2dLabel(double x1, double x2) {
		return x1 + 2 * x2 > 2 ? 4 : 0;
	}

	/** The Rings2D label, or NaN for a point in no ring (0.45 < |x| < 0.5 or |x| > 1). */
	public static double rings2dLabel(double x1, double x2) {
		double radius = Math.hypot(x1, x2);
		if (radius <= 0.45) {
			return 0;
		}
		return radius >= 0.5 && radius <= 1 ? 1 : Double.NaN;
	}

	public static double xor2dLabel(double x1, double x2) {
		return (x1 > 0.5) != (x2 > 0.5) ? 1 : 0;
	}

	public static List<double[]> linear2d(int rows, long seed) {
		return balanced(rows, seed, 0, 2, SyntheticDataSets::linear2dLabel);
	}

	public static List<double[]> rings2d(int rows, long seed) {
		return balanced(rows, seed, -1, 1, SyntheticDataSets::rings2dLabel);
	}

	public static List<double[]> xor2d(int rows, long seed) {
		return balanced(rows, seed, 0, 1, SyntheticDataSets::xor2dLabel);
	}

	public static List<double[]> sine13() {
		List<double[]> result = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			double x = i * Math.PI / 13;
			result.add(new double[] { x, Math.sin(x) });
		}
		return result;
	}

	interface Labeller {
		double label(double x1, double x2);
	}

	/** Points uniform in [low, high)^2 with their labels; a point whose class is full (or has no class) is skipped. */
	private static List<double[]> balanced(int rows, long seed, double low, double high, Labeller labeller) {
		if (rows % 2 != 0) {
			throw new IllegalArgumentException("balanced classes need an even number of rows, not " + rows);
		}
		Random random = new Random(seed);
		List<double[]> result = new ArrayList<>();
		double first = Double.NaN;
		int firstClass = 0;
		int otherClass = 0;
		while (result.size() < rows) {
			double x1 = low + (high - low) * random.nextDouble();
			double x2 = low + (high - low) * random.nextDouble();
			double y = labeller.label(x1, x2);
			if (Double.isNaN(y)) {
				continue;
			}
			if (Double.isNaN(first)) {
				first = y;
			}
			boolean isFirst = y == first;
			if ((isFirst ? firstClass : otherClass) == rows / 2) {
				continue;
			}
			if (isFirst) {
				firstClass++;
			} else {
				otherClass++;
			}
			result.add(new double[] { x1, x2, y });
		}
		return result;
	}

	/** The rows as CSV text with the given header (numbers in Java's shortest round-trip form). */
	public static String csv(String header, List<double[]> rows) {
		StringBuilder text = new StringBuilder(header).append('\n');
		for (double[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				text.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", Double.toString(row[c])));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** Writes the four files into the folder given as the only argument. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java SyntheticDataSets.java FOLDER");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		write(folder.resolve("linear2d.csv"), csv("x1,x2,y", linear2d(ROWS, SEED)));
		write(folder.resolve("rings2d.csv"), csv("x1,x2,y", rings2d(ROWS, SEED)));
		write(folder.resolve("xor2d.csv"), csv("x1,x2,y", xor2d(ROWS, SEED)));
		write(folder.resolve("sine13.csv"), csv("x,y", sine13()));
	}

	private static void write(Path path, String text) throws IOException {
		Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
