package org.crnstudio.lang.ide;

import org.crnstudio.lang.CrnRuntimeModule;
import org.crnstudio.lang.CrnStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector of the language with its ide services (content assist, ...). */
public class CrnIdeSetup extends CrnStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new CrnRuntimeModule(), new CrnIdeModule()));
	}
}
