package org.crnstudio.lang.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** A (possibly negated) decimal number such as 1, 0.5, 1e-6, -2.5e+3; printed so that it parses back exactly. */
final class DecimalConverter extends AbstractNullSafeConverter<Double> {

	@Override
	protected String internalToString(Double value) {
		if (value.isNaN() || value.isInfinite()) {
			throw new ValueConverterException("A number must be finite, found " + value, null, null);
		}
		return Double.toString(value);
	}

	@Override
	protected Double internalToValue(String text, INode node) {
		// "- 1" (a minus separated by blanks or comments) arrives with the blank between the tokens.
		String compact = text.replaceAll("\\s+", "");
		try {
			double value = Double.parseDouble(compact);
			if (Double.isInfinite(value)) {
				throw new ValueConverterException("The number " + compact + " is too large (at most about 1.8e308)", node, null);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new ValueConverterException("Not a number: '" + compact + "'; write e.g. 1, 0.5 or 1e-6", node, null); // no cause: Xtext would show the cause's message instead
		}
	}
}
