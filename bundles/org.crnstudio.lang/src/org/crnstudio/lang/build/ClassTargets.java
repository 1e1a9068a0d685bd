package org.crnstudio.lang.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.Row;

/**
 * A data set whose one target column holds class labels ({@code targets species : onehot(high = 1, low = 0)}): the
 * classes, in order (numerically when every label is a number, else alphabetically), and each row's target as a
 * one-hot vector with {@code high} at its class and {@code low} elsewhere.
 */
public final class ClassTargets {

	public static final String ONEHOT = "onehot";

	private ClassTargets() {
	}

	public static boolean isOneHot(DatasetDef data) {
		return data.getEncoding() != null && ONEHOT.equals(data.getEncoding().getName());
	}

	/** Class labels of the rows: read from the CSV file, or inline rows' numbers. */
	public static CsvData.LabelledResult read(DatasetDef data, Path directory) {
		if (data.getFile() != null) {
			return CsvData.readLabelled(directory.resolve(data.getFile()), data.getInputs(),
					data.getTargets().isEmpty() ? "" : data.getTargets().get(0));
		}
		List<double[]> inputs = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (Row row : data.getRows()) {
			inputs.add(row.getInputs().stream().mapToDouble(Double::doubleValue).toArray());
			labels.add(row.getTargets().isEmpty() ? "" : label(row.getTargets().get(0)));
		}
		return new CsvData.LabelledResult(inputs, labels, List.of());
	}

	/** The distinct labels in target-vector order. */
	public static List<String> classes(List<String> labels) {
		boolean numeric = labels.stream().allMatch(ClassTargets::isNumber);
		Comparator<String> order = numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
		TreeSet<String> distinct = new TreeSet<>(order);
		distinct.addAll(labels);
		return List.copyOf(distinct);
	}

	/** The one-hot vector of a label. */
	public static double[] oneHot(String label, List<String> classes, double on, double off) {
		double[] vector = new double[classes.size()];
		java.util.Arrays.fill(vector, off);
		boolean numeric = classes.stream().allMatch(ClassTargets::isNumber);
		for (int k = 0; k < classes.size(); k++) {
			if (numeric ? Double.parseDouble(classes.get(k)) == Double.parseDouble(label) : classes.get(k).equals(label)) {
				vector[k] = on;
			}
		}
		return vector;
	}

	/** The value of option high or low of the encoding, or its default (1, 0). */
	public static double level(DatasetDef data, String name) {
		double fallback = name.equals("high") ? 1 : 0;
		if (data.getEncoding() == null || data.getEncoding().getOptions() == null) {
			return fallback;
		}
		for (Option option : data.getEncoding().getOptions().getOptions()) {
			if (name.equals(option.getName()) && option.isAssigned() && option.getWord() == null) {
				return option.getValue();
			}
		}
		return fallback;
	}

	private static String label(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	private static boolean isNumber(String text) {
		try {
			return Double.isFinite(Double.parseDouble(text));
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
