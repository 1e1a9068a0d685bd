package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.crnstudio.lang.validation.CrnIssueCodes;
import org.crnstudio.ui.builder.ProblemMarkers;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "declare species" quick fix, taken from the marker's resolutions (as the Problems view offers them), adds
 * the declaration to the open editor's text and the marker goes away.
 */
class MarkerQuickFixTest {

	private static final String UNDECLARED = Samples.DEMO.replace("decay: A -> 0 @ k", "decay: A -> B @ k");

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void declareSpeciesResolutionFixesTheTextAndRemovesTheMarker() throws Exception {
		IFile file = Workbench.file(Workbench.project("quickfix", true), "demo.crn", UNDECLARED);
		CrnEditor editor = Workbench.open(file);
		Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		UiConditions.waitUntil("the builder's marker for B", Workbench.TIMEOUT, () -> undeclaredB(file) != null);
		IMarker marker = undeclaredB(file);

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		IMarkerResolution declare = Arrays.stream(resolutions)
				.filter(r -> r.getLabel().toLowerCase().contains("species") && r.getLabel().contains("B"))
				.findFirst().orElseThrow(() -> new AssertionError("no 'declare species B' fix among " + labels));
		declare.run(marker);

		String fixed = Workbench.document(editor).get();
		assertTrue(fixed.contains("    species A = 1\n    species B = 0\n"), fixed);
		assertEquals(UNDECLARED, fixed.replace("    species B = 0\n", ""), "only the declaration was added");
		// the editor had no unsaved changes, so the fix saved the file and the builder revalidated it
		assertEquals(fixed, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
		UiConditions.waitUntil("the marker to go away", Workbench.TIMEOUT, () -> undeclaredB(file) == null);
		assertEquals(List.of(), ValidationAsYouTypeTest.markers(file).stream()
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		Workbench.waitReconciled(editor);
		assertTrue(ValidationAsYouTypeTest.errorAnnotations(editor).isEmpty());
		Screenshots.save("quickfix-after-marker-resolution");
	}

	private static IMarker undeclaredB(IFile file) {
		return ValidationAsYouTypeTest.markers(file).stream()
				.filter(m -> CrnIssueCodes.UNDECLARED_SPECIES.equals(m.getAttribute(ProblemMarkers.CODE, "")))
				.filter(m -> ProblemMarkers.data(m).contains("B")).findFirst().orElse(null);
	}
}
