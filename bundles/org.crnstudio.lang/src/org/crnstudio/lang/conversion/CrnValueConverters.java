package org.crnstudio.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

import com.google.inject.Inject;

/** Converters of the grammar's terminals (ID with ^ escapes, STRING) and number rules. */
public class CrnValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private IDValueConverter idConverter;

	@Inject
	private STRINGValueConverter stringConverter;

	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		return idConverter;
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return new DecimalConverter();
	}

	@ValueConverter(rule = "SignedNumber")
	public IValueConverter<Double> SignedNumber() {
		return new DecimalConverter();
	}

	@ValueConverter(rule = "Integer")
	public IValueConverter<Integer> Integer() {
		return new WholeNumberConverter();
	}

}
