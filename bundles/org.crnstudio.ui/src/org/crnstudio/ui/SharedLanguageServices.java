package org.crnstudio.ui;

import org.crnstudio.lang.ide.services.CrnLanguageServices;

/**
 * The one CrnLanguageServices instance of the IDE: it holds the Xtext injector, which is costly to create, and is
 * thread-safe, so the editors, the builder and the wizards share it. Created on first use.
 */
public final class SharedLanguageServices {

	private static final class Holder {
		static final CrnLanguageServices INSTANCE = new CrnLanguageServices();
	}

	private SharedLanguageServices() {
	}

	public static CrnLanguageServices get() {
		return Holder.INSTANCE;
	}
}
