package org.crnstudio.lang.ide.services;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where syntax-tree elements and their features are written in the text. */
final class Nodes {

	private Nodes() {
	}

	/** The element's region without leading and trailing comments and whitespace, or null when it has no node. */
	static Region of(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? null : new Region(node.getOffset(), node.getLength());
	}

	/** The region of the first node of a feature (a name, a value, a reference), or null. */
	static Region of(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(0);
		return new Region(node.getOffset(), node.getLength());
	}

	/** Every node of a feature (one per value of a list feature), as regions. */
	static List<Region> all(EObject element, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(element, feature).stream()
				.map(n -> new Region(n.getOffset(), n.getLength())).toList();
	}

	/** The text as written of a feature's first node (tokens joined by one space), or "". */
	static String text(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The text as written of an element (tokens joined by one space, without comments), or "". */
	static String text(EObject element) {
		if (element == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
