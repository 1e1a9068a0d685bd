package org.crnstudio.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crnstudio.lang.load.Diagnostic;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.lang.load.Severity;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.crnstudio.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader: CSV data sets relative to the file, diagnostics format, empty and unparsable input. */
class LoaderTest {

	@TempDir
	Path folder;

	@Test
	void csvDatasetIsReadRelativeToTheFile() throws IOException {
		Files.writeString(folder.resolve("plane.csv"), "x1,y,x2\n1,5,2\n\n2.5,4.5e0,1\n");
		Path crn = folder.resolve("data.crn");
		Files.writeString(crn, "dataset D from \"plane.csv\" inputs x1, x2 targets y\n");
		LoadedFile file = Examples.LOADER.load(crn);
		assertEquals(List.of(), file.diagnostics());
		Dataset data = file.find(Dataset.class, "D").orElseThrow();
		assertEquals("plane.csv", data.getFile());
		assertEquals(2, data.getSamples().size());
		assertEquals(List.of(1.0, 2.0), data.getSamples().get(0).getInputs());
		assertEquals(List.of(5.0), data.getSamples().get(0).getTargets());
		assertEquals(List.of(2.5, 1.0), data.getSamples().get(1).getInputs());
		assertEquals(List.of(4.5), data.getSamples().get(1).getTargets());
	}

	@Test
	void csvProblemsNameFileLineAndColumn() throws IOException {
		Files.writeString(folder.resolve("bad.csv"), "x1,y\n1,2\n1,oops\n");
		Path crn = folder.resolve("data.crn");
		Files.writeString(crn, "\ndataset D from \"bad.csv\" inputs x1, x2 targets y\ndataset E from \"bad.csv\" inputs x1 targets y\n"
				+ "dataset G from \"missing.csv\" inputs x1 targets y\n");
		List<Diagnostic> diagnostics = Examples.LOADER.load(crn).diagnostics();
		assertEquals(3, diagnostics.size(), diagnostics.toString());
		Diagnostic column = diagnostics.get(0);
		assertEquals(2, column.line());
		assertEquals(CrnIssueCodes.CSV_PROBLEM, column.code());
		assertTrue(column.message().contains("Column x2 is not in bad.csv; its columns are x1, y"), column.message());
		Diagnostic cell = diagnostics.get(1);
		assertEquals(List.of("bad.csv", "3", "y"), cell.data());
		assertTrue(cell.message().contains("bad.csv line 3, column y: 'oops' is not a finite number"), cell.message());
		assertTrue(diagnostics.get(2).message().contains("missing.csv"), diagnostics.get(2).message());
	}

	@Test
	void splitAboveTheRowsOfACsvIsReportedWithBothNumbers() throws IOException {
		Files.writeString(folder.resolve("three.csv"), "x1,y\n1,5\n2,6\n3,7\n");
		Path crn = folder.resolve("split.crn");
		String text = "dataset D from \"three.csv\" inputs x1 targets y\n"
				+ "nn N {\n input x1\n layer y = dense(1, linear) weights [[1]]\n}\n"
				+ "training T {\n of N on D\n method binary_connect()\n epochs 1\n split %s\n}\n";
		Files.writeString(crn, text.formatted("2 / 2"));
		List<Diagnostic> diagnostics = Examples.LOADER.load(crn).diagnostics();
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals(CrnIssueCodes.INVALID_OPTION_VALUE, diagnostics.get(0).code());
		assertEquals(10, diagnostics.get(0).line());
		assertTrue(diagnostics.get(0).message().contains("split 2 / 2 needs 4 rows, but dataset D has 3"),
				diagnostics.get(0).message());
		Files.writeString(crn, text.formatted("2 / 1"));
		assertEquals(List.of(), Examples.LOADER.load(crn).diagnostics());
	}

	@Test
	void diagnosticsFormat() {
		Diagnostic d = new Diagnostic(Severity.WARNING, "a.crn", 3, 7, "careful", "code", List.of());
		assertEquals("a.crn:3:7: warning: careful", d.format());
	}

	@Test
	void emptyTextGivesAnEmptyModelAndGarbageGivesErrors() {
		LoadedFile empty = Examples.LOADER.load("// nothing here\n", "empty.crn");
		assertNotNull(empty.model());
		assertTrue(empty.model().getDeclarations().isEmpty());
		assertTrue(empty.diagnostics().isEmpty());

		LoadedFile garbage = Examples.LOADER.load("crn {{{ ->", "garbage.crn");
		assertTrue(garbage.hasErrors());
		assertTrue(garbage.diagnostics().stream().allMatch(d -> d.file().equals("garbage.crn") && d.line() == 1),
				garbage.diagnostics().toString());
	}

	@Test
	void diagnosticsAreSortedByLine() {
		LoadedFile file = Examples.LOADER.load("crn C {\n species A = -1\n}\ncrn D {\n species B\n B -> B @ 1\n X -> 0 @ 1\n}", "s.crn");
		List<Integer> lines = file.diagnostics().stream().map(Diagnostic::line).toList();
		assertEquals(List.of(2, 6, 7), lines);
	}
}
