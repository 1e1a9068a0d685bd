package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.crnstudio.ui.ExampleProjectSeeder;
import org.crnstudio.ui.builder.CrnNature;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench opens .crn files in the CRN editor with the file's text, and seeds the examples with the CRN nature. */
class CrnEditorSmokeTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@AfterEach
	void closeEditorsAndProjects() throws CoreException {
		page().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void opensCrnFileInTheCrnEditorWithItsText() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("smoke");
		project.create(null);
		project.open(null);
		String text = Files.readString(examplesFolder().resolve("lotka-volterra.crn"));
		IFile file = project.getFile("lotka-volterra.crn");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);

		IContentType contentType = file.getContentDescription().getContentType();
		assertEquals("org.crnstudio.crn", contentType.getId());

		IEditorPart editor = IDE.openEditor(page(), file, true);
		UiConditions.waitUntil("the .crn editor to be active", TIMEOUT, () -> page().getActiveEditor() == editor);
		UiConditions.drainEvents();
		Screenshots.save("crn-editor-open");

		assertEquals(CrnEditor.ID, editor.getSite().getId());
		assertInstanceOf(CrnEditor.class, editor);
		assertEquals(CrnEditor.ID, PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor("x.crn", contentType).getId());
		ITextEditor textEditor = assertInstanceOf(ITextEditor.class, editor);
		IDocument document = textEditor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(text, document.get());
		assertTrue(document.get().contains("predation: Prey + Predator -> 2 Predator @ k2"));
	}

	@Test
	void seedsTheExamplesProjectWithEveryExampleFile() throws Exception {
		Path examples = examplesFolder();
		List<String> expected;
		try (Stream<Path> files = Files.list(examples)) {
			expected = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".crn")).sorted().toList();
		}
		assertTrue(expected.size() >= 6, "the repository has the six spec examples, found " + expected);

		ExampleProjectSeeder.seed(examples, new NullProgressMonitor());

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectSeeder.PROJECT_NAME);
		List<String> seeded = Stream.of(project.members()).map(IResource::getName).filter(n -> n.endsWith(".crn"))
				.sorted().toList();
		assertEquals(expected, seeded);
		assertTrue(project.hasNature(CrnNature.ID), "the examples project has the CRN nature");
		IFile broken = project.getFile("broken.crn");
		assertEquals(Files.readString(examples.resolve("broken.crn")),
				new String(broken.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	private static Path examplesFolder() {
		return Path.of(System.getProperty("crnstudio.test.examples"));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
