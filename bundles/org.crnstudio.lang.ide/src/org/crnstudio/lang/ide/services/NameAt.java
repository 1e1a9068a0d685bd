package org.crnstudio.lang.ide.services;

import org.eclipse.emf.ecore.EObject;

/**
 * A name in the text and what it denotes: {@code target} is the declared element (a species, layer, crn, ...),
 * {@code declaration} tells whether the name is the declaring one rather than a use.
 */
record NameAt(Region region, String name, EObject target, boolean declaration) {
}
