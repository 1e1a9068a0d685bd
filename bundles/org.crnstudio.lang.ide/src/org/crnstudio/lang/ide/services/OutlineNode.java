package org.crnstudio.lang.ide.services;

import java.util.List;

/**
 * One element of the outline. {@code kind} names the icon: crn, compiled-crn, nn, ode, dataset, training,
 * simulation, species, parameter, reaction, observable, input, layer, state, equation, output, rows, setting.
 * {@code offset}/{@code length} cover the whole element, {@code nameOffset}/{@code nameLength} its name (or the
 * whole element when it has none).
 */
public record OutlineNode(String label, String kind, int offset, int length, int nameOffset, int nameLength,
		List<OutlineNode> children) {

	public OutlineNode {
		children = List.copyOf(children);
	}
}
