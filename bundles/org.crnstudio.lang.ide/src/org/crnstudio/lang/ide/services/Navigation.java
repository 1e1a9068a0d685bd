package org.crnstudio.lang.ide.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;

/** Go to declaration and mark occurrences. */
final class Navigation {

	private final CrnDocument document;
	private final NameResolver resolver = new NameResolver();

	Navigation(CrnDocument document) {
		this.document = document;
	}

	Optional<Region> definition(int offset) {
		NameAt name = resolver.resolve(document, offset);
		return name == null ? Optional.empty() : Optional.ofNullable(declaringName(name.target()));
	}

	List<Region> occurrences(int offset) {
		NameAt name = resolver.resolve(document, offset);
		if (name == null) {
			return List.of();
		}
		EObject target = name.target();
		List<Region> regions = new ArrayList<>();
		for (ILeafNode leaf : document.resource().getParseResult().getRootNode().getLeafNodes()) {
			// names are compared first: resolving every leaf of a large file would cost more
			if (!leaf.isHidden() && leaf.getText().equals(name.name())) {
				NameAt other = resolver.resolve(leaf);
				if (other != null && other.target() == target) {
					regions.add(other.region());
				}
			}
		}
		Region declared = declaringName(target);
		if (declared != null && regions.stream().noneMatch(r -> r.offset() == declared.offset())) {
			regions.add(declared); // e.g. an output layer named by a plot's y1
		}
		regions.sort(Comparator.comparingInt(Region::offset));
		return regions;
	}

	private static Region declaringName(EObject target) {
		return Nodes.of(target, NameResolver.nameFeature(target));
	}
}
