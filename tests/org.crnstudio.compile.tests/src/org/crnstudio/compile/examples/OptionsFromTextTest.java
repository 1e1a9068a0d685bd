package org.crnstudio.compile.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.lang.load.CrnLoader;
import org.crnstudio.lang.load.LoadedFile;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

/** Options written in the language reach the compilers with their meaning (words, flags, bare flags, numbers). */
class OptionsFromTextTest {

	private static final String TEXT = """
			nn Net {
			    input d1, d2
			    layer out = dense(1, smooth_relu(h = 1)) weights [[0, 2]] bias [-1]
			}
			nn Binary {
			    input x1, x2
			    layer h = dense(2, relu) weights [[0.4, -3], [0, 1]]
			    layer y = dense(1, linear) weights [[1, -1]]
			}
			crn Exact = compile Net with fixed_point(rails = exact, shared_h = false, rate = 2)
			crn Offset = compile Net with fixed_point(margin = 0.5)
			crn Signs = compile Binary with rate_independent(binarize, reduce = true, waste = true)
			crn Refused = compile Binary with rate_independent()
			""";

	@Test
	void optionsWrittenInTheLanguageAreApplied() {
		LoadedFile file = new CrnLoader().load(TEXT, "options.crn");
		ReactionNetwork exact = ExampleFiles.compiled(file, "Exact");
		// H, the w2+ edge, the bias' negative rail, the decay: zero rails are left out.
		assertEquals(4, exact.getReactions().size());
		assertEquals(1, exact.getSpecies().stream().filter(s -> s.getName().equals("H_out_1")).count());
		exact.getReactions().forEach(r -> assertEquals(2.0, ((org.crnstudio.model.NumberLiteral) r.getRate()).getValue()));

		ReactionNetwork offset = ExampleFiles.compiled(file, "Offset");
		assertEquals(2 * 2 + 4, offset.getReactions().size());
		assertEquals(2.5, offset.getSpecies().stream().filter(s -> s.getName().equals("W_out_1_2_p")).findFirst().orElseThrow().getInitial());

		ReactionNetwork signs = ExampleFiles.compiled(file, "Signs");
		// reduced: 2 per input + 1 per ReLU unit, then one waste reaction for the output's rails
		SizeSummary size = SizeSummary.of(signs);
		assertEquals(2 * 2 + 2 + 1, size.reactions());
		assertEquals(1, size.speciesByRole().get(SpeciesRole.WASTE.getLiteral()));

		CompilationException refused = assertThrows(CompilationException.class, () -> ExampleFiles.compiled(file, "Refused"));
		assertTrue(refused.getMessage().startsWith("layer h of Binary has weight 0.4 in row 1, column 1"), refused.getMessage());
		assertEquals(7, refused.getLine());
	}
}
