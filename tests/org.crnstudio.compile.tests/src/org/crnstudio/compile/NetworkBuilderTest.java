package org.crnstudio.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.crnstudio.model.Construction;
import org.crnstudio.model.CrnFactory;
import org.crnstudio.model.Option;
import org.crnstudio.model.ProvenanceKind;
import org.crnstudio.model.ReactionNetwork;
import org.crnstudio.model.Species;
import org.crnstudio.model.SpeciesRole;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

	@Test
	void repeatedTermsAddUpAndSpeciesAreCreatedOnce() {
		ReactionNetwork network = CrnFactory.eINSTANCE.createReactionNetwork();
		NetworkBuilder builder = new NetworkBuilder(network, Construction.FIXED_POINT);
		Species x = builder.species("X", 0, SpeciesRole.HIDDEN, builder.provenance(ProvenanceKind.NODE, "h", 0, -1, "node"));
		assertSame(x, builder.species("X", 5, SpeciesRole.PLAIN, null));
		assertEquals(0.0, x.getInitial());
		// qX -> X written as X + X -> X
		builder.reaction(1, null).reactant(x).reactant(x).product(x);
		assertEquals(1, network.getReactions().get(0).getReactants().size());
		assertEquals(2, network.getReactions().get(0).getReactants().get(0).getCoefficient());

		SizeSummary size = SizeSummary.of(network);
		assertEquals(1, size.species());
		assertEquals(1, size.reactions());
		assertEquals(1, size.reactionsByMolecularity().get(2));
		assertEquals("1 species (1 hidden), 1 reaction (1 bimolecular)", size.describe());
	}

	@Test
	void unknownOptionNamesTheValidOnes() {
		Option option = CrnFactory.eINSTANCE.createOption();
		option.setName("reduse");
		option.setLiteral("true");
		option.setValue(1);
		option.setLine(7);
		CompilationOptions options = new CompilationOptions("rate_independent", java.util.List.of(option), 7);
		CompilationException failure = assertThrows(CompilationException.class,
				() -> options.requireKnown(Set.of("reduce", "waste", "binarize", "rate")));
		assertEquals(7, failure.getLine());
		assertTrue(failure.getMessage().contains("unknown option 'reduse'"), failure.getMessage());
		assertTrue(failure.getMessage().contains("binarize, rate, reduce, waste"), failure.getMessage());
	}

	@Test
	void aConstructionWithoutCompilerIsReportedWithItsLine() {
		CrnFactory factory = CrnFactory.eINSTANCE;
		ReactionNetwork network = factory.createReactionNetwork();
		network.setName("Net");
		var compilation = factory.createCompilation();
		compilation.setConstruction(Construction.NEURAL_CRN);
		compilation.setSource(factory.createOdeModel());
		compilation.setLine(12);
		network.setCompilation(compilation);
		assertTrue(CrnCompiler.needsCompiling(network));
		CompilationException failure = assertThrows(CompilationException.class, () -> new CrnCompiler().compile(network));
		assertEquals(12, failure.getLine());
	}
}
