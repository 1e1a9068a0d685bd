package org.crnstudio.lang;

import org.crnstudio.lang.conversion.CrnValueConverters;
import org.crnstudio.lang.scoping.CrnLinkingDiagnostics;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;

/** Guice bindings of the language runtime beyond the generated defaults. */
public class CrnRuntimeModule extends AbstractCrnRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CrnValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CrnLinkingDiagnostics.class;
	}
}
