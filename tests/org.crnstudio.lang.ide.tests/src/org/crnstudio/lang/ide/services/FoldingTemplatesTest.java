package org.crnstudio.lang.ide.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Folding regions cover whole lines of multi-line elements; templates parse once their placeholders are filled. */
class FoldingTemplatesTest {

	@Test
	void foldingCoversDeclarationsLayersAndBlockComments() {
		String text = "/* a\n   block */\ncrn A {\n    species X = 1\n}\ncrn B { species Y }\n"
				+ "nn N {\n    input a\n    layer y = dense(1, linear)\n        weights [[1]]\n}\n";
		CrnDocument document = Fixtures.parse(text);
		List<Region> regions = Fixtures.SERVICES.foldingRegions(document);
		List<String> folded = regions.stream().map(r -> text.substring(r.offset(), r.end())).toList();
		assertEquals(List.of("/* a\n   block */\n", "crn A {\n    species X = 1\n}\n",
				"nn N {\n    input a\n    layer y = dense(1, linear)\n        weights [[1]]\n}\n",
				"    layer y = dense(1, linear)\n        weights [[1]]\n"), folded, "crn B is on one line: no region");
	}

	@Test
	void everyExampleDeclarationFolds() {
		CrnDocument document = Fixtures.example("neural-crn-linreg.crn");
		List<Region> regions = Fixtures.SERVICES.foldingRegions(document);
		assertEquals(3, regions.size(), "ode, dataset, training (the compile is one line)");
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

	/** Fills placeholders with their names (as an editor does by default), or with the given values. */
	static String fill(Template template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template.pattern());
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = name.equals("cursor") ? "" : values.getOrDefault(name, name);
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	@Test
	void templatesAreTheSixDeclarations() {
		assertEquals(List.of("crn", "nn", "simulation", "ode", "dataset", "training"),
				Fixtures.SERVICES.templates().stream().map(Template::name).toList());
		assertTrue(Fixtures.SERVICES.templates().stream().allMatch(t -> t.pattern().contains("${cursor}")));
	}

	@Test
	void eachTemplateParsesWithoutSyntaxErrors() {
		for (Template template : Fixtures.SERVICES.templates()) {
			CrnDocument document = Fixtures.parse(fill(template, Map.of()));
			assertFalse(document.hasSyntaxErrors(), template.name() + ":\n" + document.text() + document.problems());
		}
	}

	@Test
	void templatesTogetherMakeAValidFile() {
		Map<String, Template> byName = Fixtures.SERVICES.templates().stream().collect(Collectors.toMap(Template::name, t -> t));
		String text = fill(byName.get("crn"), Map.of("Name", "Net"))
				+ fill(byName.get("simulation"), Map.of("Name", "Run", "network", "Net"))
				+ fill(byName.get("nn"), Map.of("Name", "Xor"))
				+ fill(byName.get("dataset"), Map.of("Name", "Data"))
				+ fill(byName.get("training"), Map.of("Name", "Fit", "model", "Xor", "data", "Data"))
				+ fill(byName.get("ode"), Map.of("Name", "Flow"));
		CrnDocument document = Fixtures.parse(text);
		assertEquals(List.of(), document.problems(), text);
		assertEquals(6, document.model().getDeclarations().size());
	}
}
