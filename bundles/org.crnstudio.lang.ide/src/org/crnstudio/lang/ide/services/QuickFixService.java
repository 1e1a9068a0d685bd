package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crnstudio.lang.ast.Arguments;
import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.Call;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.CrnMember;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.FunctionCall;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.ast.ParameterList;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.ast.SpeciesList;
import org.crnstudio.lang.ast.Vector;
import org.crnstudio.lang.scoping.Members;
import org.crnstudio.lang.validation.CrnIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes for the problems with an obvious fix, keyed on the issue codes and data of CrnIssueCodes. Each fix's
 * edits leave the text free of the problem it fixes.
 */
final class QuickFixService {

	private static final AstPackage AST = AstPackage.eINSTANCE;
	private static final int CLOSEST = 3;

	private final CrnDocument document;
	private final SourceText source;
	private final String delimiter;

	QuickFixService(CrnDocument document) {
		this.document = document;
		this.source = document.source();
		this.delimiter = source.delimiter();
	}

	List<QuickFix> fixes(Problem problem) {
		if (document.ast() == null || problem.code() == null) {
			return List.of();
		}
		try {
			return switch (problem.code()) {
				case CrnIssueCodes.UNDECLARED_SPECIES -> declareSpecies(problem);
				case CrnIssueCodes.UNDECLARED_PARAMETER -> declareParameter(problem);
				case CrnIssueCodes.NOT_BINARY_WEIGHTS -> binarize(problem);
				case CrnIssueCodes.ZERO_SMOOTHING -> setSmoothing(problem);
				case CrnIssueCodes.WEIGHT_SHAPE -> reshapeWeights(problem);
				case CrnIssueCodes.BIAS_LENGTH -> resizeBias(problem);
				case CrnIssueCodes.NO_NET_CHANGE -> removeReaction(problem);
				case CrnIssueCodes.UNKNOWN_OPTION -> renameOption(problem);
				case CrnIssueCodes.UNKNOWN_ACTIVATION, CrnIssueCodes.UNKNOWN_CONSTRUCTION, CrnIssueCodes.UNKNOWN_METHOD ->
					renameCall(problem);
				case CrnIssueCodes.UNKNOWN_FUNCTION -> renameFunction(problem);
				default -> List.of();
			};
		} catch (RuntimeException e) {
			return List.of(); // a problem from an older version of the text: no fix rather than a wrong one
		}
	}

	// ---------------------------------------------------------------- declarations

	private List<QuickFix> declareSpecies(Problem problem) {
		String name = problem.data().get(0);
		CrnDef crn = at(problem, CrnDef.class);
		if (crn == null) {
			return List.of();
		}
		List<SpeciesList> lists = members(crn, SpeciesList.class);
		List<ParameterList> parameters = members(crn, ParameterList.class);
		String line = "species " + name + " = 0";
		TextEdit edit = !lists.isEmpty() ? insertLineAfter(lists.get(lists.size() - 1), line)
				: !parameters.isEmpty() ? insertLineAfter(parameters.get(parameters.size() - 1), line)
				: insertFirstMember(crn, line);
		return List.of(new QuickFix("Declare species " + name, "Adds '" + line + "' to crn " + crn.getName(), List.of(edit)));
	}

	private List<QuickFix> declareParameter(Problem problem) {
		String name = problem.data().get(0);
		CrnDef crn = at(problem, CrnDef.class);
		if (crn == null) {
			return List.of();
		}
		List<ParameterList> lists = members(crn, ParameterList.class);
		String line = "parameter " + name + " = 1";
		TextEdit edit = !lists.isEmpty() ? insertLineAfter(lists.get(lists.size() - 1), line) : insertFirstMember(crn, line);
		return List.of(new QuickFix("Declare parameter " + name, "Adds '" + line + "' to crn " + crn.getName(), List.of(edit)));
	}

	private static <T> List<T> members(CrnDef crn, Class<T> type) {
		return crn.getMembers().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * A new line after the element's last line, indented like the element's first line; right after the element
	 * when more code follows it on its line (a crn written on one line).
	 */
	private TextEdit insertLineAfter(EObject element, String line) {
		Region region = Nodes.of(element);
		int lastLine = source.lineOf(region.end() - 1);
		int end = source.lineEnd(lastLine);
		String rest = source.text().substring(region.end(), end).strip();
		if (!rest.isEmpty() && !rest.startsWith("//")) {
			return new TextEdit(region.end(), 0, " " + line);
		}
		return new TextEdit(end, 0, delimiter + source.indentationAt(region.offset()) + line);
	}

	/** A new first member of a crn: before its first member's line, or right after its '{'. */
	private TextEdit insertFirstMember(CrnDef crn, String line) {
		if (!crn.getMembers().isEmpty()) {
			CrnMember first = crn.getMembers().get(0);
			Region region = Nodes.of(first);
			if (source.onlyBlanksBefore(region.offset())) {
				String indentation = source.indentationAt(region.offset());
				return new TextEdit(source.lineStart(source.lineOf(region.offset())), 0, indentation + line + delimiter);
			}
		}
		INode brace = keyword(crn, "{");
		String indentation = source.indentationAt(brace.getOffset()) + "    ";
		int after = brace.getEndOffset();
		boolean restBlank = source.lineEnd(source.lineOf(after)) == after
				|| source.text().substring(after, source.lineEnd(source.lineOf(after))).isBlank();
		return new TextEdit(after, 0, delimiter + indentation + line + (restBlank ? "" : delimiter + indentation));
	}

	private static INode keyword(EObject element, String keyword) {
		for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(element).getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals(keyword)) {
				return leaf;
			}
		}
		throw new IllegalStateException("no " + keyword + " in " + element);
	}

	// ---------------------------------------------------------------- neural networks

	private List<QuickFix> binarize(Problem problem) {
		CrnDef crn = at(problem, CrnDef.class);
		if (crn == null || crn.getConstruction() == null || !(crn.getSource() instanceof NnDef nn)) {
			return List.of();
		}
		List<QuickFix> fixes = new ArrayList<>();
		fixes.add(new QuickFix("Add binarize = true to " + crn.getConstruction().getName(),
				"The compiler rounds every weight and bias to +1 or -1 by its sign", List.of(setOption(crn.getConstruction(), "binarize", "true"))));
		List<TextEdit> rewrites = new ArrayList<>();
		for (Layer layer : Members.layers(nn)) {
			if (layer.getWeights() == null) {
				continue;
			}
			for (Vector row : layer.getWeights().getRows()) {
				List<INode> values = NodeModelUtils.findNodesForFeature(row, AST.getVector_Values());
				for (int i = 0; i < values.size(); i++) {
					double w = row.getValues().get(i);
					if (w != 1 && w != -1) {
						INode node = values.get(i);
						rewrites.add(new TextEdit(node.getOffset(), node.getLength(), w < 0 ? "-1" : "1"));
					}
				}
			}
		}
		if (!rewrites.isEmpty()) {
			fixes.add(new QuickFix("Rewrite the weights of " + nn.getName() + " to +1/-1",
					"Replaces each weight by its sign: negative weights by -1, the others (0 included) by 1", rewrites));
		}
		return fixes;
	}

	/** Sets an option of a call: replaces its value if given, else adds it. */
	private TextEdit setOption(Call call, String name, String value) {
		Arguments arguments = call.getOptions();
		String option = name + " = " + value;
		if (arguments == null) {
			Region callName = Nodes.of(call, AST.getCall_Name());
			return new TextEdit(callName.end(), 0, "(" + option + ")");
		}
		for (Option existing : arguments.getOptions()) {
			if (name.equals(existing.getName())) {
				Region region = Nodes.of(existing);
				return new TextEdit(region.offset(), region.length(), option);
			}
		}
		if (arguments.getOptions().isEmpty()) {
			INode open = keyword(arguments, "(");
			return new TextEdit(open.getEndOffset(), 0, option);
		}
		Region last = Nodes.of(arguments.getOptions().get(arguments.getOptions().size() - 1));
		return new TextEdit(last.end(), 0, ", " + option);
	}

	private List<QuickFix> setSmoothing(Problem problem) {
		NnDef nn = declaration(NnDef.class, problem.data().get(0));
		if (nn == null) {
			return List.of();
		}
		List<TextEdit> edits = new ArrayList<>();
		List<String> layers = new ArrayList<>();
		for (Layer layer : Members.layers(nn)) {
			Call activation = layer.getActivation();
			if (activation == null || activation.getOptions() == null) {
				continue;
			}
			for (Option option : activation.getOptions().getOptions()) {
				if ("h".equals(option.getName()) && option.isAssigned() && option.getWord() == null && option.getValue() == 0) {
					Region value = Nodes.of(option, AST.getOption_Value());
					edits.add(new TextEdit(value.offset(), value.length(), "1"));
					layers.add(layer.getName());
				}
			}
		}
		return edits.isEmpty() ? List.of()
				: List.of(new QuickFix("Set h = 1", "Sets the smoothing h to 1 in layer" + (layers.size() == 1 ? " " : "s ")
						+ String.join(", ", layers) + " of " + nn.getName(), edits));
	}

	private List<QuickFix> reshapeWeights(Problem problem) {
		Layer layer = at(problem, Layer.class);
		if (layer == null || layer.getWeights() == null) {
			return List.of();
		}
		int units = Integer.parseInt(problem.data().get(1));
		int fanIn = Integer.parseInt(problem.data().get(2));
		List<Vector> rows = layer.getWeights().getRows();
		String rowSeparator = rows.size() > 1 ? between(rows.get(0), rows.get(1)) : ", ";
		String valueSeparator = valueSeparator(rows);
		List<String> texts = new ArrayList<>();
		for (int r = 0; r < units; r++) {
			List<String> values = r < rows.size() ? valueTexts(rows.get(r)) : List.of();
			texts.add("[" + String.join(valueSeparator, fit(values, fanIn)) + "]");
		}
		Region matrix = Nodes.of(layer.getWeights());
		String replacement = "[" + String.join(rowSeparator, texts) + "]";
		return List.of(new QuickFix("Reshape the weights of " + layer.getName() + " to " + units + " x " + fanIn,
				"Pads missing rows and columns with 0 and drops extra ones (one row per unit, one column per input)",
				List.of(new TextEdit(matrix.offset(), matrix.length(), replacement))));
	}

	private List<QuickFix> resizeBias(Problem problem) {
		Layer layer = at(problem, Layer.class);
		if (layer == null || layer.getBias() == null) {
			return List.of();
		}
		int units = Integer.parseInt(problem.data().get(1));
		Region bias = Nodes.of(layer.getBias());
		String separator = valueSeparator(List.of(layer.getBias()));
		String replacement = "[" + String.join(separator, fit(valueTexts(layer.getBias()), units)) + "]";
		return List.of(new QuickFix("Resize the bias of " + layer.getName() + " to " + units + " values",
				"Pads with 0 or drops extra values", List.of(new TextEdit(bias.offset(), bias.length(), replacement))));
	}

	private static List<String> fit(List<String> values, int size) {
		List<String> fitted = new ArrayList<>(values.subList(0, Math.min(size, values.size())));
		while (fitted.size() < size) {
			fitted.add("0");
		}
		return fitted;
	}

	private static List<String> valueTexts(Vector vector) {
		return NodeModelUtils.findNodesForFeature(vector, AST.getVector_Values()).stream()
				.map(NodeModelUtils::getTokenText).map(t -> t.replace(" ", "")).toList();
	}

	/** The text between two values of the first row with two, as written (", " by default). */
	private static String valueSeparator(List<Vector> vectors) {
		for (Vector vector : vectors) {
			List<INode> values = NodeModelUtils.findNodesForFeature(vector, AST.getVector_Values());
			if (values.size() > 1) {
				return textBetween(values.get(0), values.get(1));
			}
		}
		return ", ";
	}

	private String between(EObject first, EObject second) {
		return textBetween(NodeModelUtils.findActualNodeFor(first), NodeModelUtils.findActualNodeFor(second));
	}

	private static String textBetween(INode first, INode second) {
		String text = first.getRootNode().getText();
		return text.substring(first.getEndOffset(), second.getOffset());
	}

	// ---------------------------------------------------------------- reactions

	private List<QuickFix> removeReaction(Problem problem) {
		Reaction reaction = at(problem, Reaction.class);
		if (reaction == null) {
			return List.of();
		}
		Region region = Nodes.of(reaction);
		int firstLine = source.lineOf(region.offset());
		int lastLine = source.lineOf(region.end() - 1);
		String after = source.text().substring(region.end(), source.lineEnd(lastLine)).strip();
		TextEdit edit;
		if (source.onlyBlanksBefore(region.offset()) && (after.isEmpty() || after.startsWith("//"))) {
			int start = source.lineStart(firstLine);
			edit = new TextEdit(start, source.nextLineStart(lastLine) - start, ""); // the whole line(s), comment included
		} else {
			edit = new TextEdit(region.offset(), region.length(), "");
		}
		return List.of(new QuickFix("Remove the reaction " + OutlineBuilder.reactionText(reaction),
				"It changes nothing: both sides are the same", List.of(edit)));
	}

	// ---------------------------------------------------------------- names

	private List<QuickFix> renameOption(Problem problem) {
		Option option = at(problem, Option.class);
		if (option == null) {
			return List.of();
		}
		List<String> data = problem.data();
		Arguments arguments = (Arguments) option.eContainer();
		Set<String> given = arguments.getOptions().stream().map(Option::getName).collect(Collectors.toSet());
		List<String> valid = data.subList(2, data.size()).stream().filter(v -> !given.contains(v)).toList();
		Region name = Nodes.of(option, AST.getOption_Name());
		List<QuickFix> fixes = new ArrayList<>();
		for (String candidate : ClosestNames.to(option.getName(), valid, CLOSEST)) {
			fixes.add(new QuickFix("Change to " + candidate, "Option " + candidate + " of " + data.get(1),
					List.of(new TextEdit(name.offset(), name.length(), candidate))));
		}
		if (valid.isEmpty()) {
			fixes.add(new QuickFix("Remove option " + option.getName(), data.get(1) + " takes no such option",
					List.of(removeListElement(arguments.getOptions(), option))));
		}
		return fixes;
	}

	/** Removes an element of a comma-separated list with the comma next to it. */
	private TextEdit removeListElement(List<? extends EObject> list, EObject element) {
		Region region = Nodes.of(element);
		int index = list.indexOf(element);
		if (list.size() == 1) {
			return new TextEdit(region.offset(), region.length(), "");
		}
		if (index < list.size() - 1) {
			Region next = Nodes.of(list.get(index + 1));
			return new TextEdit(region.offset(), next.offset() - region.offset(), "");
		}
		Region previous = Nodes.of(list.get(index - 1));
		return new TextEdit(previous.end(), region.end() - previous.end(), "");
	}

	private List<QuickFix> renameCall(Problem problem) {
		Call call = at(problem, Call.class);
		if (call == null) {
			return List.of();
		}
		List<String> valid = problem.data().subList(1, problem.data().size());
		Region name = Nodes.of(call, AST.getCall_Name());
		return ClosestNames.to(call.getName(), valid, CLOSEST).stream()
				.map(candidate -> new QuickFix("Change to " + candidate, "Replaces " + call.getName() + " by " + candidate,
						List.of(new TextEdit(name.offset(), name.length(), candidate))))
				.toList();
	}

	private List<QuickFix> renameFunction(Problem problem) {
		FunctionCall call = at(problem, FunctionCall.class);
		if (call == null) {
			return List.of();
		}
		List<String> valid = problem.data().subList(1, problem.data().size());
		Region name = Nodes.of(call, AST.getFunctionCall_Function());
		return ClosestNames.to(call.getFunction(), valid, CLOSEST).stream()
				.map(candidate -> new QuickFix("Change to " + candidate, "Replaces " + call.getFunction() + " by " + candidate,
						List.of(new TextEdit(name.offset(), name.length(), candidate))))
				.toList();
	}

	// ---------------------------------------------------------------- lookup

	/** The innermost element of that type at the problem's offset. */
	private <T extends EObject> T at(Problem problem, Class<T> type) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(document.resource().getParseResult().getRootNode(),
				problem.offset());
		if (leaf == null) {
			return null;
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return EcoreUtil2.getContainerOfType(semantic, type);
	}

	private <T extends EObject> T declaration(Class<T> type, String name) {
		File file = document.ast();
		return file.getDeclarations().stream().filter(type::isInstance).map(type::cast)
				.filter(d -> name.equals(((org.crnstudio.lang.ast.Declaration) d).getName())).findFirst().orElse(null);
	}
}
