package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.crnstudio.lang.ide.services.TokenStyle;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.editor.TokenColors;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Under the dark theme the token colours come from the bundle's dark stylesheet and the editor uses them. */
class DarkThemeTest {

	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";

	@AfterEach
	void cleanUp() throws CoreException {
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		if (engine != null) {
			engine.setTheme(LIGHT, false);
			UiConditions.drainEvents();
		}
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void darkThemeRecoloursKeywordsAndSpecies() throws Exception {
		CrnEditor editor = Workbench.open(Workbench.file(Workbench.project("dark", false), "demo.crn", Samples.DEMO));
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		assertNotNull(engine, "the workbench has a theme engine");

		engine.setTheme(DARK, false);
		RGB darkKeyword = new RGB(0xCC, 0x78, 0x32); // css/dark.css
		RGB darkSpecies = new RGB(0x66, 0xBB, 0xFF);
		UiConditions.waitUntil("the dark keyword colour in the theme", Workbench.TIMEOUT,
				() -> darkKeyword.equals(JFaceResources.getColorRegistry().getRGB(TokenColors.colorId(TokenStyle.KEYWORD))));
		int keyword = Samples.offsetOf(Samples.DEMO, "species A", 0);
		int species = Samples.offsetOf(Samples.DEMO, "A -> 0", 0);
		UiConditions.waitUntil("the editor to recolour with the dark colours", Workbench.TIMEOUT,
				() -> darkKeyword.equals(foreground(editor, keyword)) && darkSpecies.equals(foreground(editor, species)));
		editor.viewer().getTextWidget().redraw();
		editor.viewer().getTextWidget().update();
		UiConditions.drainEvents();
		Screenshots.save("dark-theme");
		assertEquals(darkSpecies, JFaceResources.getColorRegistry().getRGB(TokenColors.colorId(TokenStyle.SPECIES)));
	}

	private static RGB foreground(CrnEditor editor, int offset) {
		StyleRange range = editor.viewer().getTextWidget().getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}
}
