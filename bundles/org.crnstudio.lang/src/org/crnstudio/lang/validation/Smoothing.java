package org.crnstudio.lang.validation;

import java.util.Optional;

import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.Option;
import org.crnstudio.lang.scoping.Members;

/** Finds a layer whose activation is explicitly smoothed with h = 0 (the fixed point is then not guaranteed). */
final class Smoothing {

	private Smoothing() {
	}

	static Optional<Layer> layerWithZeroH(NnDef nn) {
		for (Layer layer : Members.layers(nn)) {
			if (layer.getActivation() == null || layer.getActivation().getOptions() == null) {
				continue;
			}
			for (Option option : layer.getActivation().getOptions().getOptions()) {
				if ("h".equals(option.getName()) && option.isAssigned() && option.getWord() == null && option.getValue() == 0) {
					return Optional.of(layer);
				}
			}
		}
		return Optional.empty();
	}
}
