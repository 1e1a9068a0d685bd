package org.crnstudio.lang;

import org.crnstudio.model.CrnPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/**
 * Initialises the language without an OSGi framework (command line, flat class path) and inside one (tests):
 * registers the AST package, the .crn resource factory and the semantic model's package.
 */
public class CrnStandaloneSetup extends CrnStandaloneSetupGenerated {

	private static volatile Injector shared;

	public static void doSetup() {
		new CrnStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** One injector per JVM: creating one costs a parser and a Guice graph. */
	public static Injector sharedInjector() {
		Injector injector = shared;
		if (injector == null) {
			synchronized (CrnStandaloneSetup.class) {
				injector = shared;
				if (injector == null) {
					injector = new CrnStandaloneSetup().createInjectorAndDoEMFRegistration();
					shared = injector;
				}
			}
		}
		return injector;
	}

	@Override
	public void register(Injector injector) {
		super.register(injector);
		// The semantic model is used by the model builder; without OSGi no plugin.xml registers it.
		EPackage.Registry.INSTANCE.putIfAbsent(CrnPackage.eNS_URI, CrnPackage.eINSTANCE);
	}
}
