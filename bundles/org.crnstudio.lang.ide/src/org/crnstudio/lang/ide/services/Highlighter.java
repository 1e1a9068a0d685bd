package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.InputDecl;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.ParameterDecl;
import org.crnstudio.lang.ast.SpeciesDecl;
import org.crnstudio.lang.ast.StateDecl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Highlighting in one pass over the lexer's tokens (keywords, numbers, strings, comments, operators), with the
 * names styled by what they denote in the linked syntax tree (species, parameters, networks, layers, ...).
 */
final class Highlighter {

	private final Injector injector;
	private final TokenStyle[] lexicalStyles;
	private final int idType;

	Highlighter(Injector injector) {
		this.injector = injector;
		Map<Integer, String> names = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
		int max = names.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		lexicalStyles = new TokenStyle[max + 1];
		int id = -1;
		for (Map.Entry<Integer, String> token : names.entrySet()) {
			String name = token.getValue();
			lexicalStyles[token.getKey()] = lexicalStyle(name);
			if (name.equals("RULE_ID")) {
				id = token.getKey();
			}
		}
		idType = id;
	}

	private static TokenStyle lexicalStyle(String tokenName) {
		if (tokenName.startsWith("'")) {
			return Character.isLetter(tokenName.charAt(1)) ? TokenStyle.KEYWORD : TokenStyle.OPERATOR;
		}
		return switch (tokenName) {
			case "RULE_NUMBER" -> TokenStyle.NUMBER;
			case "RULE_STRING" -> TokenStyle.STRING;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TokenStyle.COMMENT;
			default -> null;
		};
	}

	List<HighlightedRange> highlight(CrnDocument document) {
		Map<Integer, TokenStyle> names = semanticStyles(document);
		String text = document.text();
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<HighlightedRange> ranges = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int end = common.getStopIndex() + 1;
			int type = token.getType();
			TokenStyle style = type == idType ? names.get(start)
					: type >= 0 && type < lexicalStyles.length ? lexicalStyles[type] : null;
			if (style == TokenStyle.COMMENT) {
				while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
					end--; // a line comment's token holds its line break
				}
			}
			if (style != null && end > start) {
				ranges.add(new HighlightedRange(start, end - start, style));
			}
		}
		return ranges;
	}

	/** Offset of each name token -> its semantic style, from the node model of the linked syntax tree. */
	private static Map<Integer, TokenStyle> semanticStyles(CrnDocument document) {
		Map<Integer, TokenStyle> styles = new HashMap<>();
		if (document.resource().getParseResult() == null) {
			return styles;
		}
		NameResolver resolver = new NameResolver();
		for (ILeafNode leaf : document.resource().getParseResult().getRootNode().getLeafNodes()) {
			NameResolver.Role role = resolver.role(leaf);
			TokenStyle style = switch (role) {
				case LABEL -> TokenStyle.LABEL;
				case COLUMN -> TokenStyle.INPUT;
				case NAME, REFERENCE, SIMULATION_NAME -> {
					NameAt name = resolver.resolve(leaf);
					yield name == null ? null : styleOf(name.target());
				}
				default -> null;
			};
			if (style != null) {
				styles.put(leaf.getOffset(), style);
			}
		}
		return styles;
	}

	static TokenStyle styleOf(EObject target) {
		return switch (target) {
			case SpeciesDecl species -> TokenStyle.SPECIES;
			case ParameterDecl parameter -> TokenStyle.PARAMETER;
			case CrnDef crn -> TokenStyle.NETWORK;
			case NnDef nn -> TokenStyle.NEURAL_NETWORK;
			case OdeDef ode -> TokenStyle.ODE_MODEL;
			case Layer layer -> TokenStyle.LAYER;
			case InputDecl input -> TokenStyle.INPUT;
			case StateDecl state -> TokenStyle.STATE;
			case DatasetDef dataset -> TokenStyle.DATASET;
			default -> TokenStyle.DECLARATION;
		};
	}
}
