package org.crnstudio.lang.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the named input and target columns of a CSV data set (first row: column names; separator ','; blank lines
 * ignored). Every problem names the file, the CSV line and the column, and says what would be valid.
 */
public final class CsvData {

	/** A problem reading the file; csvLine is 1-based, 0 for the whole file. */
	public record Problem(int csvLine, String column, String message) {
	}

	/** The rows read (inputs then targets, in the order asked for) and the problems met. */
	public record Result(List<double[]> inputs, List<double[]> targets, List<Problem> problems) {
	}

	/** The rows read with a class-label target column: numeric inputs, the label text of each row. */
	public record LabelledResult(List<double[]> inputs, List<String> labels, List<Problem> problems) {
	}

	private CsvData() {
	}

	public static Result read(Path file, List<String> inputColumns, List<String> targetColumns) {
		return read(file, inputColumns, targetColumns, null);
	}

	/** Reads numeric input columns and one target column of class labels (any text but empty). */
	public static LabelledResult readLabelled(Path file, List<String> inputColumns, String labelColumn) {
		List<String> labels = new ArrayList<>();
		Result result = read(file, inputColumns, List.of(labelColumn), labels);
		return new LabelledResult(result.inputs(), labels, result.problems());
	}

	/** labels null: every target column numeric; otherwise the one target column is text collected into labels. */
	private static Result read(Path file, List<String> inputColumns, List<String> targetColumns, List<String> labels) {
		List<double[]> inputs = new ArrayList<>();
		List<double[]> targets = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			problems.add(new Problem(0, "", "Cannot read data file " + file + " (" + e.getClass().getSimpleName()
					+ "): give a CSV file path relative to the .crn file"));
			return new Result(inputs, targets, problems);
		}
		int headerIndex = 0;
		while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
			headerIndex++;
		}
		if (headerIndex == lines.size()) {
			problems.add(new Problem(0, "", "Data file " + name + " is empty: its first row must name the columns"));
			return new Result(inputs, targets, problems);
		}
		List<String> header = Arrays.stream(cells(lines.get(headerIndex))).map(CsvData::unquote).toList();
		int[] inputIndex = indices(header, inputColumns, name, headerIndex + 1, problems);
		int[] targetIndex = indices(header, targetColumns, name, headerIndex + 1, problems);
		if (!problems.isEmpty()) {
			return new Result(inputs, targets, problems);
		}
		for (int i = headerIndex + 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] cells = cells(lines.get(i));
			if (cells.length != header.size()) {
				problems.add(new Problem(i + 1, "", name + " line " + (i + 1) + " has " + cells.length
						+ " values; the header names " + header.size() + " columns"));
				continue;
			}
			double[] in = values(cells, inputIndex, header, name, i + 1, problems);
			if (labels != null) {
				String label = unquote(cells[targetIndex[0]]);
				if (label.isEmpty()) {
					problems.add(new Problem(i + 1, header.get(targetIndex[0]), name + " line " + (i + 1) + ", column "
							+ header.get(targetIndex[0]) + ": the class label is empty (write the class name or number)"));
				} else if (in != null) {
					inputs.add(in);
					labels.add(label);
				}
				continue;
			}
			double[] out = values(cells, targetIndex, header, name, i + 1, problems);
			if (in != null && out != null) {
				inputs.add(in);
				targets.add(out);
			}
		}
		if (inputs.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "", "Data file " + name + " has a header but no rows"));
		}
		return new Result(inputs, targets, problems);
	}

	private static int[] indices(List<String> header, List<String> columns, String file, int line, List<Problem> problems) {
		int[] result = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			result[c] = header.indexOf(columns.get(c));
			if (result[c] < 0) {
				problems.add(new Problem(line, columns.get(c), "Column " + columns.get(c) + " is not in " + file
						+ "; its columns are " + String.join(", ", header)));
			}
		}
		return result;
	}

	private static double[] values(String[] cells, int[] indices, List<String> header, String file, int line,
			List<Problem> problems) {
		double[] result = new double[indices.length];
		for (int c = 0; c < indices.length; c++) {
			String cell = unquote(cells[indices[c]]);
			try {
				result[c] = Double.parseDouble(cell);
				if (!Double.isFinite(result[c])) {
					throw new NumberFormatException();
				}
			} catch (NumberFormatException e) {
				problems.add(new Problem(line, header.get(indices[c]), file + " line " + line + ", column "
						+ header.get(indices[c]) + ": '" + cell + "' is not a finite number (write e.g. 0.5 or 1e-3)"));
				return null;
			}
		}
		return result;
	}

	private static String[] cells(String line) {
		return line.split(",", -1);
	}

	private static String unquote(String cell) {
		String text = cell.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text;
	}
}
