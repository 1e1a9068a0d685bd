package org.crnstudio.io.expression;

/** An expression ready to be evaluated many times against values held in slots (e.g. one per species). */
@FunctionalInterface
public interface CompiledExpression {
    double valueAt(double[] slots);
}
