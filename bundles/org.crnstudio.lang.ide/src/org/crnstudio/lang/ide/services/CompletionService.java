package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.StateDecl;
import org.crnstudio.lang.ide.contentassist.CrnContentProposals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/** Content assist through Xtext's ide parser and proposal provider, turned into Completion records. */
final class CompletionService {

	private final Injector injector;
	private final ExecutorService pool;

	CompletionService(Injector injector, ExecutorService pool) {
		this.injector = injector;
		this.pool = pool;
	}

	List<Completion> complete(CrnDocument document, int offset) {
		String text = document.text();
		if (offset < 0 || offset > text.length()) {
			return List.of();
		}
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		// the context factory keeps state per request; the document's resource is read, not changed
		try {
			synchronized (document) {
				ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
				factory.setPool(pool);
				ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, document.resource());
				injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
			}
		} catch (RuntimeException e) {
			// the content-assist parser gives up on some broken texts; the fallback below still helps there
		}
		Map<String, Completion> unique = new LinkedHashMap<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String insert = entry.getProposal();
			String label = entry.getLabel() == null ? insert : entry.getLabel();
			Completion completion = new Completion(label, insert, offset - prefix.length(), prefix.length(), kind(entry),
					entry.getDescription() == null ? "" : entry.getDescription());
			unique.putIfAbsent(label + "\u0000" + insert, completion);
		}
		if (unique.isEmpty()) {
			return ReferenceFallback.complete(document, offset);
		}
		return new ArrayList<>(unique.values());
	}

	private static CompletionKind kind(ContentAssistEntry entry) {
		String kind = entry.getKind();
		if (kind != null && kind.startsWith(CrnContentProposals.KIND_PREFIX)) {
			return CompletionKind.valueOf(kind.substring(CrnContentProposals.KIND_PREFIX.length()));
		}
		if (entry.getSource() instanceof IEObjectDescription description) {
			return kindOf(description.getEClass());
		}
		return CompletionKind.KEYWORD;
	}

	private static CompletionKind kindOf(EClass type) {
		Class<?> instance = type.getInstanceClass();
		if (instance == SpeciesDecl.class) {
			return CompletionKind.SPECIES;
		}
		if (instance == ParameterDecl.class) {
			return CompletionKind.PARAMETER;
		}
		if (instance == Layer.class) {
			return CompletionKind.LAYER;
		}
		if (instance == InputDecl.class || instance == StateDecl.class) {
			return CompletionKind.INPUT;
		}
		if (instance == CrnDef.class || instance == NnDef.class || instance == OdeDef.class || instance == DatasetDef.class) {
			return CompletionKind.DECLARATION;
		}
		return CompletionKind.DECLARATION;
	}
}
