package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.crnstudio.lang.ide.services.TokenStyle;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.editor.TokenColors;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keywords, species and parameters are coloured differently, with the theme's colours. */
class ColouringTest {

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void keywordSpeciesAndParameterHaveTheirThemeColours() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("colours", false), "demo.crn", Samples.DEMO));
		StyledText text = editor.viewer().getTextWidget();
		int keyword = Samples.offsetOf(Samples.DEMO, "species A", 0);
		int species = Samples.offsetOf(Samples.DEMO, "A -> 0", 0);
		int parameter = Samples.offsetOf(Samples.DEMO, "@ k", 0) + 2;
		UiConditions.waitUntil("the keyword and the species to be coloured", Workbench.TIMEOUT,
				() -> foreground(text, keyword) != null && foreground(text, species) != null);
		Screenshots.save("colouring");

		assertEquals(theme(TokenStyle.KEYWORD), foreground(text, keyword));
		assertEquals(theme(TokenStyle.SPECIES), foreground(text, species));
		assertEquals(theme(TokenStyle.PARAMETER), foreground(text, parameter));
		assertNotEquals(foreground(text, keyword), foreground(text, species));
		assertNotEquals(foreground(text, species), foreground(text, parameter));
	}

	private static Color foreground(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}

	private static Color theme(TokenStyle style) {
		Color color = JFaceResources.getColorRegistry().get(TokenColors.colorId(style));
		assertNotNull(color, "the theme defines " + TokenColors.colorId(style));
		return color;
	}
}
