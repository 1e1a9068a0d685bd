package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/** Multi-line declarations, layers (weights over several lines) and block comments, as whole-line regions. */
final class FoldingRegions {

	private final CrnDocument document;
	private final SourceText source;

	FoldingRegions(CrnDocument document) {
		this.document = document;
		this.source = document.source();
	}

	List<Region> compute() {
		List<Region> regions = new ArrayList<>();
		File file = document.ast();
		if (file == null) {
			return regions;
		}
		for (Declaration declaration : file.getDeclarations()) {
			add(regions, Nodes.of(declaration));
			if (declaration instanceof NnDef nn) {
				for (Layer layer : Members.layers(nn)) {
					add(regions, Nodes.of(layer));
				}
			}
		}
		INode root = document.resource().getParseResult().getRootNode();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().startsWith("/*")) {
				add(regions, new Region(leaf.getOffset(), leaf.getLength()));
			}
		}
		regions.sort(Comparator.comparingInt(Region::offset).thenComparing(Comparator.comparingInt(Region::length).reversed()));
		return regions;
	}

	private void add(List<Region> regions, Region element) {
		if (element == null || element.length() == 0) {
			return;
		}
		int first = source.lineOf(element.offset());
		int last = source.lineOf(element.end() - 1);
		if (last > first) {
			int start = source.lineStart(first);
			regions.add(new Region(start, source.nextLineStart(last) - start));
		}
	}

}
