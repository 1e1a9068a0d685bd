package org.crnstudio.lang.ide;

/** Guice bindings of the UI-free ide services (content assist parser, ...): the generated defaults. */
public class CrnIdeModule extends AbstractCrnIdeModule {
}
