package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.ui.builder.CrnNature;
import org.crnstudio.ui.builder.ProblemMarkers;
import org.crnstudio.ui.wizards.ExamplesProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "CRN Studio Examples" wizard creates a project with every example shipped in the bundle and the CRN nature;
 * the builder marks exactly broken.crn's seven problems and leaves the other examples clean.
 */
class ExamplesWizardAndBuilderTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void examplesProjectHoldsTheExamplesAndTheBuilderMarksBrokenCrn() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard(ExamplesProjectWizard.ID);
		assertEquals("CRN Studio Examples", descriptor.getLabel());
		IWorkbenchWizard wizard = descriptor.createWizard();
		assertTrue(wizard instanceof ExamplesProjectWizard);

		ExamplesProjectWizard.createExamplesProject("crn-examples");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("crn-examples");
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());

		Path examples = Path.of(System.getProperty("crnstudio.test.examples"));
		List<String> expected;
		try (Stream<Path> files = Files.list(examples)) {
			expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".crn")).sorted().toList();
		}
		List<String> created = Arrays.stream(project.members()).map(IResource::getName)
				.filter(n -> n.endsWith(".crn")).sorted().toList();
		assertEquals(expected, created);
		assertTrue(project.hasNature(CrnNature.ID));
		for (String name : expected) {
			IFile file = project.getFile(name);
			assertEquals(Files.readString(examples.resolve(name)), new String(file.getContents().readAllBytes()),
					name + " is the repository's example");
			IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			if (name.equals("broken.crn")) {
				// the seven problems listed in broken.crn's comments
				assertEquals(7, markers.length, Arrays.toString(messages(markers)));
				assertTrue(Arrays.stream(markers).allMatch(m -> !m.getAttribute(ProblemMarkers.CODE, "").isEmpty()));
			} else {
				long errors = Arrays.stream(markers)
						.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
				assertEquals(0, errors, name + ": " + Arrays.toString(messages(markers)));
			}
		}
	}

	private static String[] messages(IMarker[] markers) {
		return Arrays.stream(markers).map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
				+ m.getAttribute(IMarker.MESSAGE, "")).toArray(String[]::new);
	}
}
