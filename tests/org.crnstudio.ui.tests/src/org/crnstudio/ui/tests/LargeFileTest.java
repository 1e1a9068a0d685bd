package org.crnstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crnstudio.lang.ide.services.CrnDocument;
import org.crnstudio.lang.ide.services.CrnLanguageServices;
import org.crnstudio.ui.SharedLanguageServices;
import org.crnstudio.ui.editor.CrnEditor;
import org.crnstudio.ui.testing.Screenshots;
import org.crnstudio.ui.testing.UiConditions;
import org.crnstudio.ui.testing.UiHeartbeat;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A generated 64,000-reaction network (50 species, random bimolecular reactions) opens, validates and colours
 * while the UI thread stays responsive: a 10 ms heartbeat on the UI thread never stops for a second.
 * Prints the measured times.
 */
class LargeFileTest {

	private static final int REACTIONS = 64_000;
	private static final int SPECIES = 50;
	private static final long MAX_UI_LATENCY_MS = 1_000;

	@AfterEach
	void cleanUp() throws CoreException {
		Workbench.closeAllAndDeleteProjects();
	}

	@Test
	void largeNetworkValidatesAndColoursWithoutBlockingTheUiThread() throws Exception {
		String text = generate(new Random(42));
		IFile file = Workbench.file(Workbench.project("large", false), "large.crn", text);

		long start = System.nanoTime();
		CrnEditor editor = (CrnEditor) IDE.openEditor(Workbench.page(), file, true);
		long openMs = millisSince(start);
		UiHeartbeat heartbeat = new UiHeartbeat(); // from here on the editor works in the background
		heartbeat.start();
		UiConditions.waitUntil("the large file to be validated", Workbench.TIMEOUT,
				() -> editor.isReconciled());
		long validatedMs = millisSince(start);
		StyledText widget = editor.viewer().getTextWidget();
		int lastSpecies = text.lastIndexOf("-> ") + 3;
		while (!Character.isLetter(text.charAt(lastSpecies))) {
			lastSpecies++;
		}
		int last = lastSpecies;
		UiConditions.waitUntil("the end of the file to be coloured", Workbench.TIMEOUT,
				() -> coloured(editor, widget, last));
		long colouredMs = millisSince(start);
		Screenshots.save("large-file");

		assertTrue(ValidationAsYouTypeTest.errorAnnotations(editor).isEmpty(), "the generated network is valid");
		assertEquals(text, Workbench.document(editor).get());

		// an edit at the end is revalidated without freezing the UI either
		long editStart = System.nanoTime();
		Workbench.document(editor).replace(text.length() - 2, 0, "\n    S1 -> Unknown @ 1");
		UiConditions.waitUntil("the edit to be validated", Workbench.TIMEOUT,
				() -> editor.isReconciled()
						&& ValidationAsYouTypeTest.errorAnnotations(editor).stream()
								.anyMatch(a -> a.getText().contains("Unknown")));
		long revalidatedMs = millisSince(editStart);
		heartbeat.stop();

		System.out.printf("Large file (%d reactions, %d species, %d lines, %d chars): open %d ms (UI thread), "
				+ "validated %d ms, fully coloured %d ms, revalidated after an edit %d ms; "
				+ "longest UI thread stall %d ms over %d heartbeats%n", REACTIONS, SPECIES, REACTIONS + 3, text.length(),
				openMs, validatedMs, colouredMs, revalidatedMs, heartbeat.longestStallMs(), heartbeat.beats());
		System.out.println("UI thread waits above 100 ms: " + heartbeat.slowOnes());
		printServiceTimes(text);
		assertTrue(heartbeat.beats() > 10, "the heartbeat ran while the file was validated");
		assertTrue(heartbeat.longestStallMs() < MAX_UI_LATENCY_MS,
				"the UI thread was blocked " + heartbeat.longestStallMs() + " ms at a time");
	}

	/** How long each service takes on the file (measured here, outside the editor, for the report). */
	private static void printServiceTimes(String text) {
		CrnLanguageServices services = SharedLanguageServices.get();
		long t0 = System.nanoTime();
		CrnDocument document = services.parse(text, "large.crn");
		long t1 = System.nanoTime();
		int ranges = services.highlight(document).size();
		long t2 = System.nanoTime();
		services.foldingRegions(document);
		long t3 = System.nanoTime();
		services.outline(document);
		long t4 = System.nanoTime();
		System.out.printf("Services on the large file: parse+validate %d ms, highlight %d ms (%d ranges), folding %d ms, "
				+ "outline %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, ranges, (t3 - t2) / 1_000_000,
				(t4 - t3) / 1_000_000);
	}

	private static boolean coloured(CrnEditor editor, StyledText widget, int offset) {
		StyleRange range = widget.getStyleRangeAtOffset(editor.viewer() instanceof org.eclipse.jface.text.ITextViewerExtension5 e
				? e.modelOffset2WidgetOffset(offset) : offset);
		return range != null && range.foreground != null;
	}

	/** 64,000 random reactions A + B -> C + D over species S0..S49 with a parameter rate; none is a no-op. */
	static String generate(Random random) {
		StringBuilder text = new StringBuilder(REACTIONS * 30);
		text.append("crn Large {\n    parameter k = 0.5\n    species ");
		for (int i = 0; i < SPECIES; i++) {
			text.append(i == 0 ? "" : ", ").append('S').append(i).append(" = ").append(i % 7);
		}
		text.append('\n');
		int written = 0;
		while (written < REACTIONS) {
			int a = random.nextInt(SPECIES);
			int b = random.nextInt(SPECIES);
			int c = random.nextInt(SPECIES);
			if (c == a || c == b) {
				continue;
			}
			text.append("    S").append(a).append(" + S").append(b).append(" -> ").append(random.nextInt(3) + 1)
					.append(" S").append(c).append(" @ ").append(random.nextBoolean() ? "k" : "0.25").append('\n');
			written++;
		}
		text.append("}\n");
		return text.toString();
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
