package org.crnstudio.lang.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Row;
import org.crnstudio.lang.build.ClassTargets;
import org.crnstudio.lang.build.CsvData;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Data sets: rows as long as the columns; a CSV file that exists and holds the named numeric columns. */
public class DatasetChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void rowsFitColumns(Row row) {
		DatasetDef data = (DatasetDef) row.eContainer();
		int inputs = data.getInputs().size();
		int targets = ClassTargets.isOneHot(data) ? 1 : data.getTargets().size();
		if (row.getInputs().size() != inputs || row.getTargets().size() != targets) {
			error("A row of dataset " + data.getName() + " needs " + inputs + " input value(s) ("
					+ String.join(", ", data.getInputs()) + ") -> " + targets + " target value(s) ("
					+ String.join(", ", data.getTargets()) + "); found " + row.getInputs().size() + " -> "
					+ row.getTargets().size(), row, null, CrnIssueCodes.ROW_LENGTH, Integer.toString(inputs),
					Integer.toString(targets));
		}
	}

	@Check
	public void datasetHasRows(DatasetDef data) {
		if (data.getFile() == null) {
			if (data.getRows().isEmpty()) {
				error("dataset " + data.getName() + " has no rows; add rows like: row 1, 2 -> 3", data,
						AST.getDeclaration_Name(), CrnIssueCodes.EMPTY_DATASET, data.getName());
			}
			return;
		}
		Path file = directoryOf(data).resolve(data.getFile());
		List<CsvData.Problem> problems = ClassTargets.isOneHot(data)
				? ClassTargets.read(data, directoryOf(data)).problems()
				: CsvData.read(file, data.getInputs(), data.getTargets()).problems();
		for (CsvData.Problem problem : problems) {
			error("dataset " + data.getName() + ": " + problem.message(), data, AST.getDatasetDef_File(),
					CrnIssueCodes.CSV_PROBLEM, data.getFile(), Integer.toString(problem.csvLine()), problem.column());
		}
	}

	@Check
	public void oneHotNeedsOneTargetColumn(DatasetDef data) {
		if (ClassTargets.isOneHot(data) && data.getTargets().size() != 1) {
			error("dataset " + data.getName() + ": onehot encodes one target column of class labels, but "
					+ data.getTargets().size() + " are named (" + String.join(", ", data.getTargets())
					+ "); write e.g. targets species : onehot", data, AST.getDatasetDef_Encoding(),
					CrnIssueCodes.ONEHOT_COLUMNS, data.getName());
		}
	}

	/** Number of targets each row gives the model: one per class with onehot, else one per target column. */
	static int targetCount(DatasetDef data) {
		if (!ClassTargets.isOneHot(data)) {
			return data.getTargets().size();
		}
		return ClassTargets.classes(ClassTargets.read(data, directoryOf(data)).labels()).size();
	}

	/** Number of rows: inline, or read from a CSV file without problems; empty when they cannot be known. */
	static OptionalInt rowCount(DatasetDef data) {
		if (data.getFile() == null) {
			return OptionalInt.of(data.getRows().size());
		}
		if (ClassTargets.isOneHot(data)) {
			CsvData.LabelledResult rows = ClassTargets.read(data, directoryOf(data));
			return rows.problems().isEmpty() ? OptionalInt.of(rows.labels().size()) : OptionalInt.empty();
		}
		CsvData.Result rows = CsvData.read(directoryOf(data).resolve(data.getFile()), data.getInputs(), data.getTargets());
		return rows.problems().isEmpty() ? OptionalInt.of(rows.inputs().size()) : OptionalInt.empty();
	}

	/** The folder of the .crn file (relative CSV names resolve against it), or the working directory. */
	private static Path directoryOf(DatasetDef data) {
		URI uri = data.eResource() == null ? null : data.eResource().getURI();
		if (uri != null && uri.isFile()) {
			Path parent = Path.of(uri.toFileString()).getParent();
			if (parent != null) {
				return parent;
			}
		}
		return Path.of("").toAbsolutePath();
	}
}
