package org.crnstudio.lang.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** A non-negative whole number (coefficients, units, counts, seeds). */
final class WholeNumberConverter extends AbstractNullSafeConverter<Integer> {

	@Override
	protected String internalToString(Integer value) {
		return Integer.toString(value);
	}

	@Override
	protected Integer internalToValue(String text, INode node) {
		String compact = text.strip();
		try {
			return Integer.valueOf(compact);
		} catch (NumberFormatException e) {
			throw new ValueConverterException("Expected a whole number such as 2, found '" + compact + "'", node, null); // no cause: Xtext would show the cause's message instead
		}
	}
}
